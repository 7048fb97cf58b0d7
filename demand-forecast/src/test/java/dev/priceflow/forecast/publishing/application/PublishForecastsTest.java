package dev.priceflow.forecast.publishing.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.forecast.model.domain.Granularity;
import dev.priceflow.forecast.model.domain.QuantileForecast;
import dev.priceflow.forecast.model.domain.Series;
import dev.priceflow.forecast.model.domain.WindowSpec;
import dev.priceflow.forecast.publishing.domain.PublicationReport;
import dev.priceflow.forecast.publishing.domain.PublishedForecast;
import dev.priceflow.forecast.serving.application.ChampionModel;
import dev.priceflow.forecast.serving.application.ForecastSku;
import dev.priceflow.forecast.training.application.SalesSource;
import dev.priceflow.forecast.training.domain.DailyRow;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PublishForecastsTest {

    static final UUID MODEL = UUID.fromString("00000000-0000-4000-8000-000000000042");
    static final Instant NOW = Instant.parse("2025-03-05T03:30:00Z");

    final FakeChampion champion = new FakeChampion();
    final List<PublishedForecast> stored = new ArrayList<>();
    final List<PublishedForecast> announced = new ArrayList<>();
    final List<String> progress = new ArrayList<>();
    String failingSku = null;

    private PublishForecasts publisher(List<String> skus) {
        ForecastSku forecastSku = new ForecastSku(new Sales(), champion);
        ForecastStore store = f -> {
            if (f.sku().equals(failingSku)) {
                throw new IllegalStateException("redis timed out");
            }
            stored.add(f);
        };
        return new PublishForecasts(() -> skus, forecastSku, champion, store, announced::add,
                Clock.fixed(NOW, ZoneOffset.UTC), 3);
    }

    @Test
    void aDailyChampionIsNotPublishedBecauseThePublishedContractCarriesWeeks() {
        champion.current = new ChampionModel.Current(MODEL, new WindowSpec(4, 2), Granularity.DAILY);

        PublicationReport report = publisher(List.of("A1", "B2")).publish(progress::add);

        assertThat(report).isEqualTo(PublicationReport.nothingToPublish());
        assertThat(stored).isEmpty();
        assertThat(announced).isEmpty();
        assertThat(progress).containsExactly("champion is DAILY: publication is weekly only, nothing published");
    }

    @Test
    void writesAndAnnouncesTheChampionsQuantilesOfEverySkuWithEnoughHistory() {
        PublicationReport report = publisher(List.of("A1", "B2", "SHORT")).publish(progress::add);

        assertThat(report).isEqualTo(new PublicationReport(MODEL, 2, 0, 1, false, false));
        assertThat(stored).extracting(PublishedForecast::sku).containsExactly("A1", "B2");
        assertThat(announced).isEqualTo(stored);
        PublishedForecast a1 = stored.getFirst();
        assertThat(a1.modelId()).isEqualTo(MODEL);
        assertThat(a1.generatedAt()).isEqualTo(NOW);
        assertThat(a1.weekStarts()).containsExactly(LocalDate.parse("2025-03-03"), LocalDate.parse("2025-03-10"));
        // the fake answers crossing quantiles (3, 2.00049, 1): sorted per week, rounded half-even to 3 places
        assertThat(a1.p10()).containsExactly(new BigDecimal("1.000"), new BigDecimal("1.000"));
        assertThat(a1.p50()).containsExactly(new BigDecimal("2.000"), new BigDecimal("2.000"));
        assertThat(a1.p90()).containsExactly(new BigDecimal("3.000"), new BigDecimal("3.000"));
        assertThat(progress.getLast()).contains("published 2, failed 0, skipped 1");
    }

    @Test
    void aFailingSkuIsCountedAndTheRunGoesOn() {
        failingSku = "A1";

        PublicationReport report = publisher(List.of("A1", "B2")).publish(progress::add);

        assertThat(report.published()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.aborted()).isFalse();
        assertThat(stored).extracting(PublishedForecast::sku).containsExactly("B2");
        assertThat(announced).extracting(PublishedForecast::sku).containsExactly("B2");
    }

    @Test
    void withoutAChampionNothingIsPublished() {
        champion.current = null;

        PublicationReport report = publisher(List.of("A1", "B2")).publish(progress::add);

        assertThat(report.noModel()).isTrue();
        assertThat(report.published()).isZero();
        assertThat(stored).isEmpty();
        assertThat(announced).isEmpty();
        assertThat(progress).containsExactly("no champion model yet: nothing published");
    }

    @Test
    void progressIsReportedEvery50SkusAndTooManyFailuresInARowStopTheRun() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            many.add("A" + i);
        }
        PublicationReport report = publisher(many).publish(progress::add);
        assertThat(report.published()).isEqualTo(120);
        assertThat(progress).filteredOn(l -> l.matches("\\d+/120 SKUs: .*")).hasSize(2);

        stored.clear();
        ForecastStore down = f -> {
            throw new IllegalStateException("down");
        };
        PublicationReport stopped = new PublishForecasts(() -> many, new ForecastSku(new Sales(), champion), champion,
                down, announced::add, Clock.fixed(NOW, ZoneOffset.UTC), 3).publish(progress::add);
        assertThat(stopped.failed()).isEqualTo(3);
        assertThat(stopped.aborted()).isTrue();
    }

    /** 8 weeks of sales (Mondays 2025-01-06 .. 2025-02-24) for every SKU but SHORT (2 weeks). */
    static final class Sales implements SalesSource {
        @Override
        public List<DailyRow> all(String prefix) {
            return List.of();
        }

        @Override
        public List<DailyRow> of(String sku) {
            List<DailyRow> rows = new ArrayList<>();
            int weeks = sku.equals("SHORT") ? 2 : 8;
            for (int w = 0; w < weeks; w++) {
                rows.add(new DailyRow(sku, LocalDate.parse("2025-01-06").plusWeeks(w), 10, 20.0, 0));
            }
            return rows;
        }
    }

    /** A champion with window 4 and horizon 2 that answers crossing quantiles (3, 2.00049, 1). */
    static final class FakeChampion implements ChampionModel {
        Current current = new Current(MODEL, new WindowSpec(4, 2));

        @Override
        public Optional<Current> current() {
            return Optional.ofNullable(current);
        }

        @Override
        public QuantileForecast forecast(UUID id, Series withFuture) {
            return new QuantileForecast(fill(3), fill(2.00049), fill(1));
        }

        private double[] fill(double v) {
            double[] a = new double[current.spec().horizon()];
            Arrays.fill(a, v);
            return a;
        }
    }
}

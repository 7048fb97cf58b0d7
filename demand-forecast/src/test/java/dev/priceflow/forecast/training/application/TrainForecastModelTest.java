package dev.priceflow.forecast.training.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.forecast.model.domain.Granularity;
import dev.priceflow.forecast.model.domain.WindowSpec;
import dev.priceflow.forecast.registry.application.ModelRegistry;
import dev.priceflow.forecast.registry.domain.ModelStatus;
import dev.priceflow.forecast.registry.domain.RegisteredModel;
import dev.priceflow.forecast.training.domain.DailyRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny daily training run against fakes: provenance, registry row and the champion policy across granularities. */
class TrainForecastModelTest {

    @TempDir
    Path models;

    private final List<RegisteredModel> recorded = new ArrayList<>();

    private TrainForecastModel trainer(RegisteredModel champion) {
        SalesSource sales = new SalesSource() {
            @Override
            public List<DailyRow> all(String prefix) {
                List<DailyRow> rows = new ArrayList<>();
                for (int s = 0; s < 2; s++) {
                    for (int d = 0; d < 50; d++) {
                        LocalDate day = LocalDate.parse("2025-03-03").plusDays(d);
                        rows.add(new DailyRow("D" + s, day, 5 + day.getDayOfWeek().getValue(), 10.0, 0));
                    }
                }
                return rows;
            }

            @Override
            public List<DailyRow> of(String sku) {
                return List.of();
            }
        };
        ModelRegistry registry = new ModelRegistry() {
            @Override
            public Optional<RegisteredModel> champion() {
                return Optional.ofNullable(champion);
            }

            @Override
            public void record(RegisteredModel model) {
                recorded.add(model);
            }

            @Override
            public List<RegisteredModel> latest(int limit) {
                return recorded;
            }
        };
        return new TrainForecastModel(sales, registry, Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));
    }

    private TrainForecastModel.Settings daily() {
        return new TrainForecastModel.Settings(1, 4, 1, 3, new WindowSpec(7, 7), models, "", Granularity.DAILY);
    }

    private static RegisteredModel champion(Granularity g, double pinball) {
        return new RegisteredModel(UUID.randomUUID(), Instant.EPOCH, ModelStatus.CHAMPION, "/nonexistent", "{}", 0.1,
                pinball, 1, null, null, 2, 7, 7, g);
    }

    @Test
    void aDailyModelReplacesAWeeklyChampionWhateverItsStoredLoss() throws Exception {
        TrainForecastModel.Outcome o = trainer(champion(Granularity.WEEKLY, 1e-9)).train(daily(), TrainingListener.NONE);

        assertThat(o.model().status()).isEqualTo(ModelStatus.CHAMPION);
        assertThat(o.model().granularity()).isEqualTo(Granularity.DAILY);
        assertThat(o.comparedOn()).contains("is WEEKLY; a DAILY model replaces it");
        assertThat(o.metrics().get(1).model()).isEqualTo("seasonal naive (m=7)");
        assertThat(o.metrics().getFirst().maseSeason()).isEqualTo(7);
        assertThat(recorded).containsExactly(o.model());
        assertThat(o.model().provenance()).contains("\"granularity\": \"DAILY\"", "forecast.sales_daily (days)");
        assertThat(Files.readString(Path.of(o.model().path()).resolve("member-0").resolve("provenance.json")))
                .contains("\"granularity\": \"DAILY\"");
    }

    @Test
    void aDailyChallengerIsJudgedAgainstADailyChampion() {
        // the champion cannot be re-scored (no files): its stored pinball 0 cannot be beaten
        TrainForecastModel.Outcome o = trainer(champion(Granularity.DAILY, 0.0)).train(daily(), TrainingListener.NONE);

        assertThat(o.model().status()).isEqualTo(ModelStatus.REJECTED);
        assertThat(o.comparedOn()).contains("stored holdout pinball");
    }
}

package dev.priceflow.forecast.publishing.application;

import dev.priceflow.forecast.model.domain.Granularity;
import dev.priceflow.forecast.publishing.domain.PublicationReport;
import dev.priceflow.forecast.publishing.domain.PublishedForecast;
import dev.priceflow.forecast.serving.application.ChampionModel;
import dev.priceflow.forecast.serving.application.ForecastSku;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forecasts every SKU with sales history with the CHAMPION (through {@link ForecastSku}: last paid price, no
 * promotion, the model's horizon) and writes each to the store and the event stream. A SKU that fails is logged
 * and counted and the run goes on, unless {@code maxConsecutiveFailures} fail in a row (a store that is down):
 * then the run stops. SKUs with too little history for the model are skipped. No champion, or a daily champion
 * (the published contract carries weeks): nothing published.
 */
public final class PublishForecasts {

    private static final Logger LOG = LoggerFactory.getLogger(PublishForecasts.class);
    static final int PROGRESS_EVERY = 50;

    private final PublishableSkus skus;
    private final ForecastSku forecastSku;
    private final ChampionModel champion;
    private final ForecastStore store;
    private final ForecastEvents events;
    private final Clock clock;
    private final int maxConsecutiveFailures;

    public PublishForecasts(PublishableSkus skus, ForecastSku forecastSku, ChampionModel champion, ForecastStore store,
                            ForecastEvents events, Clock clock, int maxConsecutiveFailures) {
        this.skus = skus;
        this.forecastSku = forecastSku;
        this.champion = champion;
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.maxConsecutiveFailures = maxConsecutiveFailures;
    }

    /** One run; {@code progress} gets a line per {@value #PROGRESS_EVERY} SKUs and the summary. */
    public PublicationReport publish(Consumer<String> progress) {
        var current = champion.current();
        if (current.isEmpty()) {
            LOG.info("forecast publication skipped: no champion model yet");
            progress.accept("no champion model yet: nothing published");
            return PublicationReport.nothingToPublish();
        }
        if (current.get().granularity() != Granularity.WEEKLY) {
            // forecast.published and forecast:{sku} carry weeks (weekStarts); daily values there would mislead
            LOG.info("forecast publication skipped: champion model={} is {}, publication is weekly only",
                    current.get().id(), current.get().granularity());
            progress.accept("champion is " + current.get().granularity() + ": publication is weekly only, nothing "
                    + "published");
            return PublicationReport.nothingToPublish();
        }
        UUID model = current.get().id();
        Instant generatedAt = clock.instant();
        List<String> all = skus.all();
        int published = 0;
        int failed = 0;
        int skipped = 0;
        int inARow = 0;
        boolean aborted = false;
        for (int i = 0; i < all.size(); i++) {
            String sku = all.get(i);
            try {
                switch (forecastSku.forecast(sku, ForecastSku.MODEL_HORIZON, null)) {
                    case ForecastSku.Outcome.Found f -> {
                        PublishedForecast forecast = toPublished(f, generatedAt);
                        store.write(forecast);
                        events.published(forecast);
                        published++;
                    }
                    case ForecastSku.Outcome.NoModel n -> throw new IllegalStateException("the champion disappeared");
                    default -> skipped++;
                }
                inARow = 0;
            } catch (RuntimeException e) {
                failed++;
                inARow++;
                LOG.warn("forecast publication failed sku={} cause={} message={}", sku, e.getClass().getSimpleName(),
                        e.getMessage());
                if (inARow >= maxConsecutiveFailures) {
                    aborted = true;
                    LOG.warn("forecast publication aborted after {} failures in a row; {} SKUs not attempted", inARow,
                            all.size() - i - 1);
                    break;
                }
            }
            if ((i + 1) % PROGRESS_EVERY == 0) {
                progress.accept(String.format(Locale.ROOT, "%d/%d SKUs: published %d, failed %d, skipped %d",
                        i + 1, all.size(), published, failed, skipped));
            }
        }
        PublicationReport report = new PublicationReport(model, published, failed, skipped, false, aborted);
        LOG.info("forecast publication finished model={} published={} failed={} skipped={} aborted={}", model,
                published, failed, skipped, aborted);
        progress.accept(report.toString());
        return report;
    }

    private static PublishedForecast toPublished(ForecastSku.Outcome.Found f, Instant generatedAt) {
        return new PublishedForecast(f.sku(), f.modelId(), generatedAt,
                f.periods().stream().map(ForecastSku.Period::weekStart).toList(),
                f.periods().stream().map(p -> PublishedForecast.units(p.p10())).toList(),
                f.periods().stream().map(p -> PublishedForecast.units(p.p50())).toList(),
                f.periods().stream().map(p -> PublishedForecast.units(p.p90())).toList());
    }
}

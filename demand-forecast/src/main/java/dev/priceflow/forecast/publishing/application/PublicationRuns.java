package dev.priceflow.forecast.publishing.application;

import dev.priceflow.forecast.publishing.domain.PublicationReport;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link PublishForecasts} in the background, one run at a time: a request while one runs is remembered
 * and served by one more run afterwards (so a champion promoted mid-run is still published). Triggers: a new
 * champion from a training job, the daily schedule, the API.
 */
public final class PublicationRuns {

    private static final Logger LOG = LoggerFactory.getLogger(PublicationRuns.class);

    private final PublishForecasts publish;
    private boolean running;
    private boolean again;
    private PublicationReport last;

    public PublicationRuns(PublishForecasts publish) {
        this.publish = publish;
    }

    /** Starts a run now, or after the running one; returns at once. */
    public synchronized void request(String reason) {
        LOG.info("forecast publication requested reason={} running={}", reason, running);
        if (running) {
            again = true;
            return;
        }
        running = true;
        Thread.ofPlatform().daemon(true).name("forecast-publication").start(this::loop);
    }

    public synchronized Optional<PublicationReport> last() {
        return Optional.ofNullable(last);
    }

    private void loop() {
        while (true) {
            PublicationReport report = null;
            try {
                report = publish.publish(line -> LOG.info("forecast publication {}", line));
            } catch (RuntimeException e) {
                LOG.warn("forecast publication run failed cause={} message={}", e.getClass().getSimpleName(),
                        e.getMessage());
            }
            synchronized (this) {
                if (report != null) {
                    last = report;
                }
                if (!again) {
                    running = false;
                    return;
                }
                again = false;
            }
        }
    }
}

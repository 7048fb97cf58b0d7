package dev.priceflow.forecast.training.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Training as a background job, one at a time: a second start while one is active is refused (409), not
 * queued. Jobs are durable ({@link TrainingJobStore}); a running job beats a heartbeat every {@code heartbeat}
 * and on every epoch. Abandoned jobs (their process died) become INTERRUPTED: at start-up those of this instance
 * ({@code owner}), and any whose heartbeat is older than {@code staleAfter} at start-up, on a start and on a
 * status read. The job thread is a daemon: stopping the service abandons it, and its model is never registered.
 */
public final class TrainingJobs {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingJobs.class);

    /** The training itself ({@link TrainForecastModel#train}). */
    @FunctionalInterface
    public interface Trainer {
        TrainForecastModel.Outcome train(TrainForecastModel.Settings settings, TrainingListener listener);
    }

    /** Thrown when a job is already active. */
    public static final class AlreadyRunning extends RuntimeException {
        public final transient TrainingJob running;

        AlreadyRunning(TrainingJob running) {
            super("training job " + (running == null ? "?" : running.id()) + " is active", null, false, false);
            this.running = running;
        }
    }

    private final Trainer trainer;
    private final TrainingJobStore store;
    private final Clock clock;
    private final String owner;
    private final Duration heartbeat;
    private final Duration staleAfter;

    public TrainingJobs(Trainer trainer, TrainingJobStore store, Clock clock, String owner, Duration heartbeat,
                        Duration staleAfter) {
        this.trainer = trainer;
        this.store = store;
        this.clock = clock;
        this.owner = owner;
        this.heartbeat = heartbeat;
        this.staleAfter = staleAfter;
    }

    /** At start-up: this instance's active jobs were left by its dead predecessor. */
    public int recover() {
        try {
            int n = store.interruptAbandoned(owner, clock.instant().minus(staleAfter), clock.instant());
            if (n > 0) {
                LOG.warn("training jobs interrupted at start-up count={} owner={}", n, owner);
            }
            return n;
        } catch (RuntimeException e) {   // the database may still be starting: the next start or read sweeps
            LOG.warn("training job recovery failed cause={}", e.getClass().getSimpleName());
            return 0;
        }
    }

    public TrainingJob start(TrainForecastModel.Settings settings, String requestedBy) {
        sweep();
        TrainingJob job = TrainingJob.queued(UUID.randomUUID(), requestedBy, settings.granularity(), clock.instant());
        try {
            store.create(job, owner);
        } catch (TrainingJobStore.ActiveJobExists e) {
            throw new AlreadyRunning(store.active().orElse(null));
        }
        LOG.info("training job={} queued granularity={}", job.id(), job.granularity());
        Thread.ofPlatform().daemon(true).name("forecast-training-" + job.id()).start(() -> run(settings, job));
        return job;
    }

    public Optional<TrainingJob> find(UUID id) {
        sweep();
        return store.find(id);
    }

    private void sweep() {
        store.interruptAbandoned("", clock.instant().minus(staleAfter), clock.instant());
    }

    private void run(TrainForecastModel.Settings settings, TrainingJob queued) {
        JobProgress progress = new JobProgress(queued.running(clock.instant()), store, clock);
        store.update(progress.get(), clock.instant());
        Thread beat = Thread.ofVirtual().name("forecast-training-heartbeat").start(() -> beat(queued.id()));
        try {
            TrainForecastModel.Outcome o = trainer.train(settings, progress);
            progress.finish(TrainingJob.State.SUCCEEDED, o.model().id().toString(), o.model().status().name(), null);
            LOG.info("training job={} finished model={} status={}", queued.id(), o.model().id(), o.model().status());
        } catch (RuntimeException e) {
            progress.finish(TrainingJob.State.FAILED, null, null, e.getMessage());
            LOG.warn("training job={} failed cause={} message={}", queued.id(), e.getClass().getSimpleName(),
                    e.getMessage());
        } finally {
            beat.interrupt();
        }
    }

    private void beat(UUID id) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(heartbeat);
                store.heartbeat(id, clock.instant());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("training job={} heartbeat failed cause={}", id, e.getClass().getSimpleName());
        }
    }
}

package dev.priceflow.forecast.training.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Training as a background job, one at a time (a second start while one runs is refused). Keeps the last
 * {@value #KEPT} jobs in memory; a restart forgets them (the registry keeps the models). The job thread is a
 * daemon: stopping the service abandons a running job, whose half-written model is never registered.
 */
public final class TrainingJobs {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingJobs.class);
    static final int KEPT = 20;

    /** The training itself ({@link TrainForecastModel#train}). */
    @FunctionalInterface
    public interface Trainer {
        TrainForecastModel.Outcome train(TrainForecastModel.Settings settings, TrainingListener listener);
    }

    public enum State { RUNNING, SUCCEEDED, FAILED }

    /** A snapshot of a job; {@code modelId}/{@code modelStatus} once it succeeded, {@code error} once it failed. */
    public record Job(UUID id, State state, Instant startedAt, Instant finishedAt, int member, int epoch,
                      Double loss, Double validationLoss, String modelId, String modelStatus, String error) {

        Job progress(int m, int e, double l, double v) {
            return new Job(id, state, startedAt, finishedAt, m, e, l, v, modelId, modelStatus, error);
        }

        Job finished(State s, Instant at, String model, String status, String err) {
            return new Job(id, s, startedAt, at, member, epoch, loss, validationLoss, model, status, err);
        }
    }

    /** Thrown when a job is already running. */
    public static final class AlreadyRunning extends RuntimeException {
        public final transient Job running;

        AlreadyRunning(Job running) {
            super("training job " + running.id() + " is running", null, false, false);
            this.running = running;
        }
    }

    private final Trainer trainer;
    private final Clock clock;
    private final Map<UUID, AtomicReference<Job>> jobs = new LinkedHashMap<>();
    private AtomicReference<Job> running;

    public TrainingJobs(Trainer trainer, Clock clock) {
        this.trainer = trainer;
        this.clock = clock;
    }

    public synchronized Job start(TrainForecastModel.Settings settings) {
        if (running != null && running.get().state() == State.RUNNING) {
            throw new AlreadyRunning(running.get());
        }
        Job job = new Job(UUID.randomUUID(), State.RUNNING, clock.instant(), null, 0, 0, null, null,
                null, null, null);
        AtomicReference<Job> ref = new AtomicReference<>(job);
        running = ref;
        jobs.put(job.id(), ref);
        while (jobs.size() > KEPT) {
            jobs.remove(jobs.keySet().iterator().next());
        }
        Thread.ofPlatform().daemon(true).name("forecast-training-" + job.id()).start(() -> run(settings, ref));
        return job;
    }

    public synchronized Optional<Job> find(UUID id) {
        return Optional.ofNullable(jobs.get(id)).map(AtomicReference::get);
    }

    private void run(TrainForecastModel.Settings settings, AtomicReference<Job> ref) {
        TrainingListener listener = new TrainingListener() {
            @Override
            public void step(String message) {
                LOG.info("training job={} {}", ref.get().id(), message);
            }

            @Override
            public void epoch(int member, int members, int epoch, double loss, double validation, double wps) {
                ref.updateAndGet(j -> j.progress(member, epoch, loss, validation));
                LOG.info("training job={} model={}/{} epoch={} loss={} validationLoss={} windowsPerSecond={}",
                        ref.get().id(), member, members, epoch, loss, validation, Math.round(wps));
            }
        };
        try {
            TrainForecastModel.Outcome o = trainer.train(settings, listener);
            ref.updateAndGet(j -> j.finished(State.SUCCEEDED, clock.instant(), o.model().id().toString(),
                    o.model().status().name(), null));
            LOG.info("training job={} finished model={} status={}", ref.get().id(), o.model().id(), o.model().status());
        } catch (RuntimeException e) {
            ref.updateAndGet(j -> j.finished(State.FAILED, clock.instant(), null, null, e.getMessage()));
            LOG.warn("training job={} failed cause={} message={}", ref.get().id(), e.getClass().getSimpleName(),
                    e.getMessage());
        }
    }
}

package dev.priceflow.forecast.training.application;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running job's listener: logs each step and epoch and writes the progress to the store. A failed progress
 * write is logged and training goes on (the progress is informative; the final state is written at the end).
 */
final class JobProgress implements TrainingListener {

    private static final Logger LOG = LoggerFactory.getLogger(JobProgress.class);

    private final AtomicReference<TrainingJob> job;
    private final TrainingJobStore store;
    private final Clock clock;

    JobProgress(TrainingJob running, TrainingJobStore store, Clock clock) {
        this.job = new AtomicReference<>(running);
        this.store = store;
        this.clock = clock;
    }

    TrainingJob get() {
        return job.get();
    }

    @Override
    public void step(String message) {
        LOG.info("training job={} {}", job.get().id(), message);
    }

    @Override
    public void epoch(int member, int members, int epoch, double loss, double validation, double wps) {
        TrainingJob j = job.updateAndGet(x -> x.progress(member, epoch, loss, validation));
        LOG.info("training job={} model={}/{} epoch={} loss={} validationLoss={} windowsPerSecond={}",
                j.id(), member, members, epoch, loss, validation, Math.round(wps));
        try {
            store.update(j, clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("training job={} progress not stored cause={}", j.id(), e.getClass().getSimpleName());
        }
    }

    void finish(TrainingJob.State state, String modelId, String modelStatus, String error) {
        TrainingJob j = job.updateAndGet(x -> x.finished(state, clock.instant(), modelId, modelStatus, error));
        store.update(j, clock.instant());
    }
}

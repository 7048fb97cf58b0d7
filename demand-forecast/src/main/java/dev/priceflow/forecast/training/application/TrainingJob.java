package dev.priceflow.forecast.training.application;

import dev.priceflow.forecast.model.domain.Granularity;
import java.time.Instant;
import java.util.UUID;

/**
 * A training job as stored and shown: who asked, its state, progress (model member, epoch, training and
 * validation pinball loss), then the model id and its registry status, or the error. {@code startedAt} is set
 * when it starts running; {@code finishedAt} once it is SUCCEEDED, FAILED or INTERRUPTED.
 */
public record TrainingJob(UUID id, String requestedBy, State state, Granularity granularity, Instant createdAt,
                          Instant startedAt, Instant finishedAt, int member, int epoch, Double loss,
                          Double validationLoss, String modelId, String modelStatus, String error) {

    public enum State {
        QUEUED, RUNNING, SUCCEEDED, FAILED, INTERRUPTED;

        public boolean active() {
            return this == QUEUED || this == RUNNING;
        }
    }

    public static TrainingJob queued(UUID id, String requestedBy, Granularity granularity, Instant at) {
        return new TrainingJob(id, requestedBy, State.QUEUED, granularity, at, null, null, 0, 0, null, null, null,
                null, null);
    }

    public TrainingJob running(Instant at) {
        return new TrainingJob(id, requestedBy, State.RUNNING, granularity, createdAt, at, null, member, epoch, loss,
                validationLoss, modelId, modelStatus, error);
    }

    public TrainingJob progress(int m, int e, double l, double v) {
        return new TrainingJob(id, requestedBy, state, granularity, createdAt, startedAt, finishedAt, m, e, l, v,
                modelId, modelStatus, error);
    }

    public TrainingJob finished(State s, Instant at, String model, String status, String err) {
        return new TrainingJob(id, requestedBy, s, granularity, createdAt, startedAt, at, member, epoch, loss,
                validationLoss, model, status, err);
    }
}

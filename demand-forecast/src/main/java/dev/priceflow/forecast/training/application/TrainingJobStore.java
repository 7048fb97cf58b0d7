package dev.priceflow.forecast.training.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Durable training jobs (port). At most one job is active (QUEUED or RUNNING) at any time, across instances. */
public interface TrainingJobStore {

    /**
     * Stores a new active job run by {@code owner}, its heartbeat at {@code createdAt}.
     *
     * @throws ActiveJobExists when another job is active
     */
    void create(TrainingJob job, String owner);

    /** Writes state, progress and result, and beats the heartbeat at {@code at}. */
    void update(TrainingJob job, Instant at);

    /** Says the active job {@code id} is still being worked on. */
    void heartbeat(UUID id, Instant at);

    Optional<TrainingJob> find(UUID id);

    Optional<TrainingJob> active();

    /**
     * Marks INTERRUPTED every active job of {@code owner} (a restarted instance: its predecessor died) and every
     * active job whose heartbeat is older than {@code staleBefore} (its process died); returns how many.
     */
    int interruptAbandoned(String owner, Instant staleBefore, Instant now);

    /** Another job is active. */
    final class ActiveJobExists extends RuntimeException {
        public ActiveJobExists() {
            super("another training job is active", null, false, false);
        }
    }
}

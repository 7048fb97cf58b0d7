package dev.priceflow.forecast.training.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A fake {@link TrainingJobStore} with the same one-active-job rule and interruption semantics. */
public final class InMemoryTrainingJobStore implements TrainingJobStore {

    private record Row(TrainingJob job, String owner, Instant heartbeat) {
    }

    private final Map<UUID, Row> rows = new LinkedHashMap<>();

    @Override
    public synchronized void create(TrainingJob job, String owner) {
        if (active().isPresent()) {
            throw new ActiveJobExists();
        }
        rows.put(job.id(), new Row(job, owner, job.createdAt()));
    }

    @Override
    public synchronized void update(TrainingJob job, Instant at) {
        Row r = rows.get(job.id());
        if (r != null && r.job().state().active()) {
            rows.put(job.id(), new Row(job, r.owner(), at));
        }
    }

    @Override
    public synchronized void heartbeat(UUID id, Instant at) {
        Row r = rows.get(id);
        if (r != null && r.job().state().active()) {
            rows.put(id, new Row(r.job(), r.owner(), at));
        }
    }

    @Override
    public synchronized Optional<TrainingJob> find(UUID id) {
        return Optional.ofNullable(rows.get(id)).map(Row::job);
    }

    @Override
    public synchronized Optional<TrainingJob> active() {
        return rows.values().stream().map(Row::job).filter(j -> j.state().active()).findFirst();
    }

    @Override
    public synchronized int interruptAbandoned(String owner, Instant staleBefore, Instant now) {
        int n = 0;
        for (Row r : rows.values().stream().toList()) {
            if (r.job().state().active() && (r.owner().equals(owner) || r.heartbeat().isBefore(staleBefore))) {
                rows.put(r.job().id(), new Row(r.job().finished(TrainingJob.State.INTERRUPTED, now, null, null,
                        "the service instance running it stopped"), r.owner(), r.heartbeat()));
                n++;
            }
        }
        return n;
    }
}

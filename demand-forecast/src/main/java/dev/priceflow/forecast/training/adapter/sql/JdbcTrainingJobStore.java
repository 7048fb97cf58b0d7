package dev.priceflow.forecast.training.adapter.sql;

import dev.priceflow.forecast.model.domain.Granularity;
import dev.priceflow.forecast.training.application.TrainingJob;
import dev.priceflow.forecast.training.application.TrainingJobStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code forecast.training_job} over JDBC. The partial unique index {@code training_job_one_active} makes a
 * second active job fail to insert; updates only touch active rows, so a job marked INTERRUPTED stays so.
 */
@Repository
class JdbcTrainingJobStore implements TrainingJobStore {

    private static final String COLUMNS = "id, requested_by, state, granularity, created_at, started_at, finished_at, "
            + "member, epoch, loss, validation_loss, model_id, model_status, error";
    private static final String ACTIVE = "state IN ('QUEUED', 'RUNNING')";

    private final JdbcTemplate jdbc;

    JdbcTrainingJobStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void create(TrainingJob job, String owner) {
        try {
            jdbc.update("INSERT INTO forecast.training_job (id, requested_by, state, granularity, owner, created_at, "
                            + "heartbeat_at) VALUES (?, ?, ?, ?, ?, ?, ?)", job.id(), job.requestedBy(),
                    job.state().name(), job.granularity().name(), owner, ts(job.createdAt()), ts(job.createdAt()));
        } catch (DuplicateKeyException e) {
            throw new ActiveJobExists();
        }
    }

    @Override
    public void update(TrainingJob job, Instant at) {
        jdbc.update("UPDATE forecast.training_job SET state = ?, started_at = ?, finished_at = ?, member = ?, epoch = ?, "
                        + "loss = ?, validation_loss = ?, model_id = ?, model_status = ?, error = ?, heartbeat_at = ? "
                        + "WHERE id = ? AND " + ACTIVE, job.state().name(), ts(job.startedAt()), ts(job.finishedAt()),
                job.member(), job.epoch(), finite(job.loss()), finite(job.validationLoss()),
                job.modelId() == null ? null : UUID.fromString(job.modelId()), job.modelStatus(), job.error(), ts(at),
                job.id());
    }

    @Override
    public void heartbeat(UUID id, Instant at) {
        jdbc.update("UPDATE forecast.training_job SET heartbeat_at = ? WHERE id = ? AND " + ACTIVE, ts(at), id);
    }

    @Override
    public Optional<TrainingJob> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM forecast.training_job WHERE id = ?", JdbcTrainingJobStore::row,
                id).stream().findFirst();
    }

    @Override
    public Optional<TrainingJob> active() {
        return jdbc.query("SELECT " + COLUMNS + " FROM forecast.training_job WHERE " + ACTIVE,
                JdbcTrainingJobStore::row).stream().findFirst();
    }

    @Override
    public int interruptAbandoned(String owner, Instant staleBefore, Instant now) {
        return jdbc.update("UPDATE forecast.training_job SET state = 'INTERRUPTED', finished_at = ?, error = "
                        + "'the service instance running it stopped (no heartbeat since ' || heartbeat_at || ')' "
                        + "WHERE " + ACTIVE + " AND (owner = ? OR heartbeat_at < ?)", ts(now), owner, ts(staleBefore));
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Double finite(Double d) {
        return d == null || !Double.isFinite(d) ? null : d;
    }

    private static TrainingJob row(ResultSet rs, int n) throws SQLException {
        UUID model = rs.getObject("model_id", UUID.class);
        return new TrainingJob(rs.getObject("id", UUID.class), rs.getString("requested_by"),
                TrainingJob.State.valueOf(rs.getString("state")), Granularity.valueOf(rs.getString("granularity")),
                instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "finished_at"), rs.getInt("member"),
                rs.getInt("epoch"), rs.getObject("loss", Double.class), rs.getObject("validation_loss", Double.class),
                model == null ? null : model.toString(), rs.getString("model_status"), rs.getString("error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}

package dev.priceflow.forecast.registry.adapter.sql;

import dev.priceflow.forecast.model.domain.Granularity;
import dev.priceflow.forecast.registry.application.ModelRegistry;
import dev.priceflow.forecast.registry.domain.ModelStatus;
import dev.priceflow.forecast.registry.domain.RegisteredModel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code forecast.model_registry} over JDBC; the partial unique index guarantees one CHAMPION at most. */
@Repository
class JdbcModelRegistry implements ModelRegistry {

    private static final String COLUMNS = "id, created_at, status, path, provenance::text AS provenance, holdout_mase, "
            + "holdout_pinball, baseline_mase, data_from, data_to, series, horizon, window_size, granularity";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    JdbcModelRegistry(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public Optional<RegisteredModel> champion() {
        return jdbc.query("SELECT " + COLUMNS + " FROM forecast.model_registry WHERE status = 'CHAMPION'",
                JdbcModelRegistry::row).stream().findFirst();
    }

    @Override
    public void record(RegisteredModel m) {
        tx.executeWithoutResult(status -> {
            if (m.status() == ModelStatus.CHAMPION) {
                jdbc.update("UPDATE forecast.model_registry SET status = 'RETIRED' WHERE status = 'CHAMPION'");
            }
            jdbc.update("INSERT INTO forecast.model_registry (id, created_at, status, path, provenance, holdout_mase, "
                            + "holdout_pinball, baseline_mase, data_from, data_to, series, horizon, window_size, granularity) "
                            + "VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    m.id(), Timestamp.from(m.createdAt()), m.status().name(), m.path(), m.provenance(),
                    finite(m.holdoutMase()), finite(m.holdoutPinball()), finite(m.baselineMase()), m.dataFrom(),
                    m.dataTo(), m.series(), m.horizon(), m.windowSize(), m.granularity().name());
        });
    }

    @Override
    public List<RegisteredModel> latest(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM forecast.model_registry ORDER BY created_at DESC LIMIT ?",
                JdbcModelRegistry::row, limit);
    }

    private static Double finite(double d) {
        return Double.isFinite(d) ? d : null;
    }

    private static RegisteredModel row(ResultSet rs, int n) throws SQLException {
        return new RegisteredModel(rs.getObject("id", UUID.class), rs.getTimestamp("created_at").toInstant(),
                ModelStatus.valueOf(rs.getString("status")), rs.getString("path"), rs.getString("provenance"),
                nan(rs, "holdout_mase"), nan(rs, "holdout_pinball"), nan(rs, "baseline_mase"),
                rs.getObject("data_from", java.time.LocalDate.class), rs.getObject("data_to", java.time.LocalDate.class),
                rs.getInt("series"), rs.getInt("horizon"), rs.getInt("window_size"),
                Granularity.valueOf(rs.getString("granularity")));
    }

    private static double nan(ResultSet rs, String column) throws SQLException {
        double d = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : d;
    }
}

package dev.priceflow.forecast.history.adapter.sql;

import dev.priceflow.forecast.history.application.SalesHistory;
import dev.priceflow.forecast.history.domain.DailySales;
import java.sql.Date;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sales history in PostgreSQL (schema {@code forecast}). Blocking JDBC: run it on the Kafka listener thread
 * or a bounded-elastic scheduler. Statement timeouts: {@code spring.jdbc.template.query-timeout}.
 */
@Repository
class JdbcSalesHistory implements SalesHistory {

    private static final int BATCH = 1_000;

    private static final String MARK_PROCESSED = """
            INSERT INTO forecast.processed_event (event_id, processed_at) VALUES (?, ?)
            ON CONFLICT (event_id) DO NOTHING""";

    // Atomic per row: concurrent consumers never lose an increment.
    private static final String ADD = """
            INSERT INTO forecast.sales_daily AS s (sku, day, units, revenue, promo_units) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (sku, day) DO UPDATE SET units = s.units + EXCLUDED.units,
                revenue = s.revenue + EXCLUDED.revenue, promo_units = s.promo_units + EXCLUDED.promo_units""";

    private static final String REPLACE = """
            INSERT INTO forecast.sales_daily (sku, day, units, revenue, promo_units) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (sku, day) DO UPDATE SET units = EXCLUDED.units, revenue = EXCLUDED.revenue,
                promo_units = EXCLUDED.promo_units""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    JdbcSalesHistory(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public boolean addOnce(UUID eventId, List<DailySales> sales) {
        Boolean applied = tx.execute(status -> {
            if (jdbc.update(MARK_PROCESSED, eventId, clock.instant().atOffset(ZoneOffset.UTC)) == 0) {
                return false;
            }
            write(ADD, sales);
            return true;
        });
        return Boolean.TRUE.equals(applied);
    }

    @Override
    public void replaceAll(List<DailySales> rows, IntConsumer progress) {
        tx.executeWithoutResult(status -> {
            for (int from = 0; from < rows.size(); from += BATCH) {
                int to = Math.min(rows.size(), from + BATCH);
                write(REPLACE, rows.subList(from, to));
                progress.accept(to);
            }
        });
    }

    private void write(String sql, List<DailySales> rows) {
        jdbc.batchUpdate(sql, rows, rows.size(), (ps, r) -> {
            ps.setString(1, r.sku());
            ps.setDate(2, Date.valueOf(r.day()));
            ps.setLong(3, r.units());
            ps.setBigDecimal(4, r.revenue());
            ps.setLong(5, r.promoUnits());
        });
    }
}

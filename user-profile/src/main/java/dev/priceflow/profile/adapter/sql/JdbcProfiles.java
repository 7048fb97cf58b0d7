package dev.priceflow.profile.adapter.sql;

import dev.priceflow.profile.application.Profiles;
import dev.priceflow.profile.domain.ProfileDelta;
import dev.priceflow.profile.domain.ProfileTotals;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Profiles in PostgreSQL (schema {@code profile}). Blocking JDBC: callers run it on the Kafka listener
 * thread or on a bounded-elastic scheduler. Statement timeouts come from {@code spring.jdbc.template.query-timeout}.
 */
@Repository
class JdbcProfiles implements Profiles {

    private static final String COLUMNS =
            "user_id, views, cart_adds, purchases, searches, units_bought, monetary, currency, last_event_at";

    private static final String MARK_PROCESSED = """
            INSERT INTO profile.processed_event (event_id, processed_at) VALUES (?, ?)
            ON CONFLICT (event_id) DO NOTHING""";

    // Atomic per row, so concurrent consumers never lose an increment.
    private static final String ADD = """
            INSERT INTO profile.shopper_profile AS p
                (user_id, views, cart_adds, purchases, searches, units_bought, monetary, currency, last_event_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (user_id) DO UPDATE SET
                views = p.views + EXCLUDED.views,
                cart_adds = p.cart_adds + EXCLUDED.cart_adds,
                purchases = p.purchases + EXCLUDED.purchases,
                searches = p.searches + EXCLUDED.searches,
                units_bought = p.units_bought + EXCLUDED.units_bought,
                monetary = p.monetary + EXCLUDED.monetary,
                last_event_at = GREATEST(p.last_event_at, EXCLUDED.last_event_at),
                updated_at = EXCLUDED.updated_at
            RETURNING\s""" + COLUMNS;

    private static final String FIND = "SELECT " + COLUMNS + " FROM profile.shopper_profile WHERE user_id = ?";

    private static final RowMapper<ProfileTotals> TOTALS = JdbcProfiles::totals;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    JdbcProfiles(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Optional<ProfileTotals> find(String userId) {
        return jdbc.query(FIND, TOTALS, userId).stream().findFirst();
    }

    @Override
    public Recorded recordOnce(UUID eventId, ProfileDelta d) {
        return tx.execute(status -> {
            OffsetDateTime now = utc(clock.instant());
            if (jdbc.update(MARK_PROCESSED, eventId, now) == 0) {
                return new Recorded.AlreadyProcessed();
            }
            ProfileTotals totals = jdbc.queryForObject(ADD, TOTALS, d.userId(), d.views(), d.cartAdds(),
                    d.purchases(), d.searches(), d.unitsBought(), d.monetary(), d.currency(),
                    utc(d.occurredAt()), now);
            return new Recorded.Applied(totals);
        });
    }

    private static ProfileTotals totals(ResultSet rs, int row) throws SQLException {
        OffsetDateTime last = rs.getObject("last_event_at", OffsetDateTime.class);
        return new ProfileTotals(rs.getString("user_id"), rs.getLong("views"), rs.getLong("cart_adds"),
                rs.getLong("purchases"), rs.getLong("searches"), rs.getLong("units_bought"),
                rs.getBigDecimal("monetary"), rs.getString("currency"), last == null ? null : last.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

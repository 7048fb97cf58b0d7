package dev.priceflow.profile.adapter.sql;

import dev.priceflow.profile.domain.Behaviour;
import dev.priceflow.profile.domain.Profile;
import dev.priceflow.profile.domain.ProfileTotals;
import dev.priceflow.profile.domain.SegmentRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import tools.jackson.databind.json.JsonMapper;

/** Row mapping of {@code profile.shopper_profile}; the behaviour column is JSON of {@link Behaviour}. */
final class ProfileRows {

    static final String COLUMNS = "user_id, views, cart_adds, purchases, searches, units_bought, monetary, currency, "
            + "last_event_at, behaviour, segment_model_id, segment_id, segment_label";

    static final String UPSERT = """
            INSERT INTO profile.shopper_profile (user_id, views, cart_adds, purchases, searches, units_bought,
                monetary, currency, last_event_at, behaviour, segment_model_id, segment_id, segment_label, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
            ON CONFLICT (user_id) DO UPDATE SET views = EXCLUDED.views, cart_adds = EXCLUDED.cart_adds,
                purchases = EXCLUDED.purchases, searches = EXCLUDED.searches, units_bought = EXCLUDED.units_bought,
                monetary = EXCLUDED.monetary, currency = EXCLUDED.currency, last_event_at = EXCLUDED.last_event_at,
                behaviour = EXCLUDED.behaviour, segment_model_id = EXCLUDED.segment_model_id,
                segment_id = EXCLUDED.segment_id, segment_label = EXCLUDED.segment_label,
                updated_at = EXCLUDED.updated_at""";

    private final JsonMapper json;

    ProfileRows(JsonMapper json) {
        this.json = json;
    }

    Profile map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime last = rs.getObject("last_event_at", OffsetDateTime.class);
        ProfileTotals totals = new ProfileTotals(rs.getString("user_id"), rs.getLong("views"),
                rs.getLong("cart_adds"), rs.getLong("purchases"), rs.getLong("searches"), rs.getLong("units_bought"),
                rs.getBigDecimal("monetary"), rs.getString("currency"), last == null ? null : last.toInstant());
        Behaviour behaviour = json.readValue(rs.getString("behaviour"), Behaviour.class);
        long modelId = rs.getLong("segment_model_id");
        SegmentRef segment = rs.wasNull() ? null
                : new SegmentRef(modelId, rs.getInt("segment_id"), rs.getString("segment_label"));
        return new Profile(totals, behaviour, segment);
    }

    Object[] upsertArgs(Profile p, Instant now) {
        ProfileTotals t = p.totals();
        SegmentRef s = p.segment();
        return new Object[] {t.userId(), t.views(), t.cartAdds(), t.purchases(), t.searches(), t.unitsBought(),
            t.monetary(), t.currency(), utc(t.lastEventAt()), json.writeValueAsString(p.behaviour()),
            s == null ? null : s.modelId(), s == null ? null : s.id(), s == null ? null : s.label(), utc(now)};
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

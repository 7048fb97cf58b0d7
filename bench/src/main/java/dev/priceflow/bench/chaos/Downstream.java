package dev.priceflow.bench.chaos;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the chaos driver reads straight from PostgreSQL (read-only, a fresh connection per call, so a restarted
 * database is simply reconnected): the SKUs' hard floors from pricing's catalogue, and user-profile's view of the
 * chaos user's events: which event ids it has counted ({@code profile.processed_event}, written in the same
 * transaction as the profile) and the shopper's {@code views} counter; and pricing's record of the redemption
 * probe's checkouts ({@code pricing.customer_order} by {@code Idempotency-Key}, {@code pricing.redemption}).
 */
final class Downstream {

    private final String url;
    private final String user;
    private final String password;

    Downstream(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * Per SKU the lowest price any answer may carry: the larger of its configured {@code floor_price} and its
     * {@code unit_cost} (a conservative floor: the service's own margin floor lies above the cost).
     */
    Map<String, BigDecimal> floors() throws SQLException {
        Map<String, BigDecimal> out = new HashMap<>();
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT sku, floor_price, unit_cost FROM pricing.product"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                BigDecimal floor = rs.getBigDecimal(2);
                BigDecimal cost = rs.getBigDecimal(3);
                BigDecimal lowest = floor == null ? cost : cost == null ? floor : floor.max(cost);
                if (lowest != null) {
                    out.put(rs.getString(1), lowest);
                }
            }
        }
        return out;
    }

    /** How many of {@code ids} user-profile has counted (each id at most once: it is the table's key). */
    int counted(Collection<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM profile.processed_event WHERE event_id = ANY (?)")) {
            Array array = c.createArrayOf("uuid", ids.toArray());
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The shopper's {@code views} counter in user-profile (0 without a profile row). */
    long views(String userId) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT views FROM profile.shopper_profile WHERE user_id = ?")) {
            ps.setString(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Pricing's orders of {@code userId} whose {@code Idempotency-Key} starts with {@code keyPrefix}: key to id. */
    Map<String, String> orders(String userId, String keyPrefix) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT idempotency_key, id::text FROM pricing.customer_order WHERE user_id = ? "
                        + "AND starts_with(idempotency_key, ?)")) {
            ps.setString(1, userId);
            ps.setString(2, keyPrefix);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /** Redemption rows of {@code promotionId} for those orders (one per order when nothing is doubled). */
    long redemptions(String promotionId, String userId, String keyPrefix) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM pricing.redemption r JOIN pricing.customer_order o ON o.id = r.order_id "
                        + "WHERE r.promotion_id = ?::uuid AND o.user_id = ? AND starts_with(o.idempotency_key, ?)")) {
            ps.setString(1, promotionId);
            ps.setString(2, userId);
            ps.setString(3, keyPrefix);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection(url, user, password);
    }
}

package dev.priceflow.forecast.elasticity.adapter.sql;

import dev.priceflow.forecast.elasticity.application.Catalogue;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Categories from {@code pricing.product(sku, category)} in the same database: a documented read-only
 * dependency on pricing's schema (no writes, two columns only). Fails open: if the table cannot be read
 * the estimate shrinks toward all SKUs instead of the category, and says so in its prior scope.
 */
@Repository
class JdbcCatalogue implements Catalogue {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcCatalogue.class);
    private static final String CATEGORIES = "SELECT sku, category FROM pricing.product WHERE category IS NOT NULL";

    private final JdbcTemplate jdbc;

    JdbcCatalogue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> categories() {
        Map<String, String> out = new HashMap<>();
        try {
            jdbc.query(CATEGORIES, rs -> {
                out.put(rs.getString("sku"), rs.getString("category"));
            });
        } catch (DataAccessException e) {
            LOG.warn("catalogue categories unavailable, shrinking toward all SKUs cause={}", e.getClass().getSimpleName());
            return Map.of();
        }
        return out;
    }
}

package dev.priceflow.forecast.elasticity.adapter.sql;

import dev.priceflow.forecast.elasticity.application.WeeklySales;
import dev.priceflow.forecast.elasticity.domain.WeeklyPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Weekly (ISO weeks, Monday start) units and average paid price per SKU from {@code forecast.sales_daily}. */
@Repository
class JdbcWeeklySales implements WeeklySales {

    private static final String WEEKLY = """
            SELECT sku, SUM(units) AS units, SUM(revenue) / SUM(units) AS price
            FROM forecast.sales_daily
            GROUP BY sku, date_trunc('week', day)
            HAVING SUM(units) > 0 AND SUM(revenue) > 0
            ORDER BY sku, date_trunc('week', day)""";

    private final JdbcTemplate jdbc;

    JdbcWeeklySales(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<WeeklyPoint>> all() {
        Map<String, List<WeeklyPoint>> out = new HashMap<>();
        jdbc.query(WEEKLY, rs -> {
            out.computeIfAbsent(rs.getString("sku"), k -> new ArrayList<>())
                    .add(new WeeklyPoint(rs.getDouble("price"), rs.getDouble("units")));
        });
        return out;
    }
}

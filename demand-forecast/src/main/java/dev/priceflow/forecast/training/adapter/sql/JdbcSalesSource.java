package dev.priceflow.forecast.training.adapter.sql;

import dev.priceflow.forecast.training.application.SalesSource;
import dev.priceflow.forecast.training.domain.DailyRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads {@code forecast.sales_daily}. */
@Repository
class JdbcSalesSource implements SalesSource {

    private static final String SELECT = "SELECT sku, day, units, revenue, promo_units FROM forecast.sales_daily ";

    private final JdbcTemplate jdbc;

    JdbcSalesSource(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DailyRow> all(String skuPrefix) {
        String like = skuPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.query(SELECT + "WHERE sku LIKE ? ORDER BY sku, day", JdbcSalesSource::row, like);
    }

    @Override
    public List<DailyRow> of(String sku) {
        return jdbc.query(SELECT + "WHERE sku = ? ORDER BY day", JdbcSalesSource::row, sku);
    }

    private static DailyRow row(ResultSet rs, int n) throws SQLException {
        return new DailyRow(rs.getString("sku"), rs.getObject("day", LocalDate.class), rs.getLong("units"),
                rs.getDouble("revenue"), rs.getLong("promo_units"));
    }
}

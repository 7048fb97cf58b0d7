package dev.priceflow.forecast.publishing.adapter.sql;

import dev.priceflow.forecast.publishing.PublishingProperties;
import dev.priceflow.forecast.publishing.application.PublishableSkus;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The distinct SKUs of {@code forecast.sales_daily} that start with the configured prefix. */
@Repository
class JdbcPublishableSkus implements PublishableSkus {

    private final JdbcTemplate jdbc;
    private final String like;

    JdbcPublishableSkus(JdbcTemplate jdbc, PublishingProperties properties) {
        this.jdbc = jdbc;
        this.like = properties.skuPrefix().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    @Override
    public List<String> all() {
        return jdbc.queryForList("SELECT DISTINCT sku FROM forecast.sales_daily WHERE sku LIKE ? ORDER BY sku",
                String.class, like);
    }
}

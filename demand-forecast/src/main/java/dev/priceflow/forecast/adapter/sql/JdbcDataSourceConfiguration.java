package dev.priceflow.forecast.adapter.sql;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A JDBC pool beside R2DBC. Boot backs off its own DataSource when an R2DBC ConnectionFactory exists, so it
 * is declared here from {@code spring.datasource.*} (pool settings: {@code spring.datasource.hikari.*}).
 * JdbcTemplate, the transaction manager and TransactionTemplate are still auto-configured on it.
 */
@Configuration(proxyBeanMethods = false)
class JdbcDataSourceConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(@Value("${spring.datasource.url}") String url,
                                @Value("${spring.datasource.username}") String username,
                                @Value("${spring.datasource.password}") String password) {
        HikariDataSource ds = DataSourceBuilder.create().type(HikariDataSource.class)
                .url(url).username(username).password(password).build();
        ds.setPoolName("forecast-jdbc");
        return ds;
    }
}

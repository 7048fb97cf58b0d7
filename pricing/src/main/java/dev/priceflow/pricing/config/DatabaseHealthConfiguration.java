package dev.priceflow.pricing.config;

import io.r2dbc.spi.ConnectionFactory;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.boot.r2dbc.health.ConnectionFactoryHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code r2dbc} health component runs {@value #QUERY} on a pooled connection instead of Boot's default
 * {@code Connection.validate(REMOTE)}. Chaos finding: after PostgreSQL was killed and restarted, health stayed DOWN
 * ("validation") while quotes worked. The likely mechanism: a pooled connection that answers false to
 * {@code validate(REMOTE)} is only released back to the pool, not closed, and the pool hands the most recently used
 * connection out first, so the next check can get the same connection again. A query on a dead connection fails on
 * its socket, the driver closes it and the pool's acquire-time validation drops it, so the next check gets a live
 * one. Idle dead connections are also evicted in the background ({@code spring.r2dbc.pool.max-idle-time}), and an
 * acquire that meets one retries ({@code acquire-retry}) instead of failing the request. docs/pricing-perf.md.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseHealthConfiguration {

    static final String QUERY = "SELECT 1";

    /** Named as Boot's own contributor, which it replaces: the component stays {@code r2dbc}. */
    @Bean
    ReactiveHealthContributor r2dbcHealthContributor(ConnectionFactory connections) {
        return new ConnectionFactoryHealthIndicator(connections, QUERY);
    }
}

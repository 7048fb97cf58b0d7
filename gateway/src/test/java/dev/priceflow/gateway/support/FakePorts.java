package dev.priceflow.gateway.support;

import dev.priceflow.gateway.GatewayProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** In-memory stand-ins for the gateway's ports, and a fixed clock, for web slice tests. */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewayProperties.class)
public class FakePorts {

    public static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Bean
    FakePriceCache priceCache() {
        return new FakePriceCache();
    }

    @Bean
    FakePricingClient pricingClient() {
        return new FakePricingClient();
    }

    @Bean
    FakeEventPublisher eventPublisher() {
        return new FakeEventPublisher();
    }
}

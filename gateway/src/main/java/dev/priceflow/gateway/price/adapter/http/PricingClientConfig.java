package dev.priceflow.gateway.price.adapter.http;

import dev.priceflow.gateway.GatewayProperties;
import dev.priceflow.kit.web.CorrelationIdPropagation;
import io.netty.channel.ChannelOption;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import java.time.Duration;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * A WebClient for pricing with its own connect and response timeouts (never the library defaults) and its own
 * connection pool, whose idle connections are closed after {@value #IDLE_SECONDS} s rather than kept until
 * pricing (or anything between) drops them unseen.
 */
@Configuration(proxyBeanMethods = false)
class PricingClientConfig {

    static final int IDLE_SECONDS = 20;

    /**
     * As many connections as calls the pricing bulkhead lets through at once
     * ({@link PricingWebClient#MAX_CONCURRENT_CALLS}): with Reactor Netty's default pool (16 connections, 32 waiting) the 33rd waiting call failed at once
     * ("Pending acquire queue has reached its maximum size"), which a bench run hit when 200 shoppers' cached
     * prices expired together. A call that still has to wait gives up after the connect timeout.
     */
    static ConnectionProvider pool(Duration connectTimeout) {
        return ConnectionProvider.builder("pricing")
                .maxConnections(PricingWebClient.MAX_CONCURRENT_CALLS)
                .pendingAcquireMaxCount(PricingWebClient.MAX_CONCURRENT_CALLS)
                .pendingAcquireTimeout(connectTimeout)
                .maxIdleTime(Duration.ofSeconds(IDLE_SECONDS))
                .evictInBackground(Duration.ofSeconds(IDLE_SECONDS))
                .build();
    }

    @Bean
    PricingWebClient pricingClient(WebClient.Builder builder, ReactiveCircuitBreakerFactory<?, ?> breakers,
                                   JsonMapper json, GatewayProperties properties) {
        GatewayProperties.Pricing pricing = properties.pricing();
        HttpClient netty = HttpClient.create(pool(pricing.connectTimeout()))
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(pricing.connectTimeout().toMillis()))
                .responseTimeout(pricing.responseTimeout());
        WebClient http = builder.clone()
                .baseUrl(pricing.baseUrl().toString())
                .clientConnector(new ReactorClientHttpConnector(netty))
                .filter(CorrelationIdPropagation.FILTER)
                .build();
        return new PricingWebClient(http, breakers, json);
    }
}

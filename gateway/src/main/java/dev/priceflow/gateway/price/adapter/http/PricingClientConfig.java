package dev.priceflow.gateway.price.adapter.http;

import dev.priceflow.gateway.GatewayProperties;
import dev.priceflow.kit.web.CorrelationIdPropagation;
import io.netty.channel.ChannelOption;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

/** A WebClient for pricing with its own connect and response timeouts (never the library defaults). */
@Configuration(proxyBeanMethods = false)
class PricingClientConfig {

    @Bean
    PricingWebClient pricingClient(WebClient.Builder builder, ReactiveCircuitBreakerFactory<?, ?> breakers,
                                   JsonMapper json, GatewayProperties properties) {
        GatewayProperties.Pricing pricing = properties.pricing();
        HttpClient netty = HttpClient.create()
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

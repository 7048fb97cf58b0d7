package dev.priceflow.gateway.price.adapter.web;

import dev.priceflow.gateway.edge.EdgeProperties;
import dev.priceflow.gateway.price.application.PriceLookup;
import dev.priceflow.gateway.ratelimit.RequestLimits;
import dev.priceflow.kit.security.VerifiedTokens;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cached-price fast path, unless {@code priceflow.gateway.price-cache.fast-path=false}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "priceflow.gateway.price-cache", name = "fast-path", havingValue = "true",
        matchIfMissing = true)
class CachedPriceFastPathConfig {

    @Bean
    CachedPriceFastPath cachedPriceFastPath(VerifiedTokens tokens, PriceLookup prices,
                                            ObjectProvider<RequestLimits> limits, EdgeProperties edge,
                                            MeterRegistry meters) {
        return new CachedPriceFastPath(tokens, prices, limits.getIfAvailable(), edge, meters);
    }
}

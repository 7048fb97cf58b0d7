package dev.priceflow.pricing.config;

import dev.priceflow.pricing.adapter.jose.JwsQuoteTokens;
import dev.priceflow.pricing.adapter.jose.QuoteKeys;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Quote tokens: one bean signs (QuoteSigner) and verifies (QuoteVerifier) with the configured keys. */
@Configuration(proxyBeanMethods = false)
class QuoteTokenConfiguration {

    @Bean
    JwsQuoteTokens quoteTokens(QuoteSigningProperties properties, Clock clock) {
        return new JwsQuoteTokens(new QuoteKeys(properties.activeKeyId(), properties.keys()), clock);
    }
}

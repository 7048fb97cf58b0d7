package dev.priceflow.kit.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.JwkSetUriReactiveJwtDecoderBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;

/**
 * Every service's token decoder remembers the tokens it verified ({@link VerifiedTokens}): the shopper's
 * requests arrive with the same token for minutes, and the RSA check is the costliest step of a small request.
 * Wraps the decoder Spring Boot builds from {@code spring.security.oauth2.resourceserver.jwt.*} (signature,
 * issuer, expiry with the library's default 60 s skew); on a hit the expiry is checked again with the same
 * skew — the other claims cannot have changed. {@code priceflow.security.verified-token-cache} sets the number
 * of tokens kept (default 10,000; 0 turns the cache off). The decoder fetches the JWKS with {@link JwksClient}
 * (2 s connect, 3 s response timeout).
 */
@AutoConfiguration
@ConditionalOnClass(NimbusReactiveJwtDecoder.class)
public class VerifiedTokensAutoConfiguration {

    /** The skew Spring Security's default validators allow (JwtTimestampValidator's default). */
    static final Duration LIBRARY_DEFAULT_SKEW = Duration.ofSeconds(60);

    @Bean
    JwkSetUriReactiveJwtDecoderBuilderCustomizer boundedJwksFetch() {
        return builder -> builder.webClient(JwksClient.bounded(JwksClient.CONNECT_TIMEOUT, JwksClient.RESPONSE_TIMEOUT));
    }

    @Bean
    static BeanPostProcessor rememberVerifiedTokens(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                int capacity = environment.getProperty("priceflow.security.verified-token-cache", Integer.class,
                        10_000);
                if (!(bean instanceof NimbusReactiveJwtDecoder decoder) || capacity <= 0) {
                    return bean;
                }
                return new VerifiedTokens(decoder, new JwtTimestampValidator(LIBRARY_DEFAULT_SKEW),
                        Clock.systemUTC(), capacity);
            }
        };
    }
}

package dev.priceflow.gateway.adapter.redis;

import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Redis answers are handed on from Lettuce's computation threads instead of its I/O thread. The gateway sends
 * every request's rate-limit and cache commands over one shared connection, which Lettuce serves with a single
 * I/O thread; without this, everything a request does after its first Redis answer (token check, routing,
 * writing the response) ran on that one thread, and the gateway could use one core at most.
 */
@Configuration(proxyBeanMethods = false)
class LettuceConfig {

    @Bean
    LettuceClientOptionsBuilderCustomizer publishRedisAnswersOffTheIoThread() {
        return options -> options.publishOnScheduler(true);
    }
}

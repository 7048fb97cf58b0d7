package dev.priceflow.kit.web;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import reactor.core.publisher.Hooks;

/**
 * Correlation ids for every reactive service: the filter, and the bridge that copies the id from the Reactor
 * context into the logging MDC on whatever thread runs the request (automatic context propagation), so the log
 * pattern's {@code %X{requestId}} is filled in every line logged for the request.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class CorrelationAutoConfiguration {

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(new Slf4jThreadLocalAccessor(CorrelationId.KEY));
        Hooks.enableAutomaticContextPropagation();
    }

    @Bean
    @ConditionalOnMissingBean
    CorrelationIdFilter correlationIdFilter() {
        return new CorrelationIdFilter();
    }

    /** Framework errors as typed problem documents, unless the service handles them itself. */
    @Bean
    @ConditionalOnMissingBean(org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler.class)
    FrameworkProblems frameworkProblems() {
        return new FrameworkProblems();
    }
}

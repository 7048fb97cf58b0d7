package dev.priceflow.pricing.adapter.web;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.kit.web.FrameworkProblems;
import dev.priceflow.pricing.application.DependencyUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every error the web layer sees becomes problem+json with a stable type from {@link ProblemTypes}.
 * Framework errors (bad parameters, wrong method, unknown path) keep Spring's status and detail.
 */
@RestControllerAdvice
class ProblemHandler extends FrameworkProblems {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(DependencyUnavailable.class)
    Mono<ResponseEntity<Object>> dependencyUnavailable(DependencyUnavailable e, ServerWebExchange exchange) {
        log.atWarn().addKeyValue("dependency", e.dependency())
                .addKeyValue("error", e.getCause() == null ? "-" : e.getCause().getClass().getSimpleName())
                .log("no quote: a dependency is unavailable");
        HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
        return Mono.just(Problems.builder(status).header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problems.body(status, ProblemTypes.DEPENDENCY_UNAVAILABLE, "Dependency unavailable",
                        "The " + e.dependency() + " did not answer in time; try again shortly", exchange)));
    }

    @ExceptionHandler(Exception.class)
    Mono<ResponseEntity<Object>> unexpected(Exception e, ServerWebExchange exchange) {
        log.atError().setCause(e).addKeyValue("path", exchange.getRequest().getPath().value())
                .log("unexpected error");
        return Mono.just(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "Internal error",
                "The request could not be completed", exchange));
    }
}

package dev.priceflow.recommender.recommendation.adapter.web;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.kit.ProblemResponses;
import dev.priceflow.kit.web.FrameworkProblems;
import dev.priceflow.recommender.recommendation.application.UnknownContextSku;
import dev.priceflow.recommender.recommendation.domain.InvalidField;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Every error becomes problem+json with a type from {@link ProblemTypes}; bad input names its field. */
@RestControllerAdvice
class ProblemHandler extends FrameworkProblems {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(InvalidField.class)
    Mono<ResponseEntity<Object>> invalid(InvalidField e, ServerWebExchange exchange) {
        ProblemDetail p = body(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
                e.getMessage(), exchange);
        p.setProperty("field", e.field());
        return Mono.just(answer(HttpStatus.BAD_REQUEST, p));
    }

    @ExceptionHandler(UnknownContextSku.class)
    Mono<ResponseEntity<Object>> unknownSku(UnknownContextSku e, ServerWebExchange exchange) {
        ProblemDetail p = body(HttpStatus.NOT_FOUND, ProblemTypes.UNKNOWN_SKU, "Unknown SKU",
                "context: the catalogue has no product " + e.sku(), exchange);
        p.setProperty("field", "context");
        return Mono.just(answer(HttpStatus.NOT_FOUND, p));
    }

    @ExceptionHandler(Exception.class)
    Mono<ResponseEntity<Object>> unexpected(Exception e, ServerWebExchange exchange) {
        LOG.error("unexpected error path={}", exchange.getRequest().getPath().value(), e);
        boolean dependency = e instanceof java.util.concurrent.TimeoutException
                || e instanceof org.springframework.web.reactive.function.client.WebClientException;
        HttpStatus status = dependency ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail p = body(status, dependency ? ProblemTypes.DEPENDENCY_UNAVAILABLE : ProblemTypes.INTERNAL,
                dependency ? "Dependency unavailable" : "Internal error",
                dependency ? "The catalogue did not answer in time; try again shortly"
                        : "The request could not be completed", exchange);
        return Mono.just(answer(status, p));
    }

    private static ResponseEntity<Object> answer(HttpStatus status, ProblemDetail p) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private static ProblemDetail body(HttpStatus status, URI type, String title, String detail,
                                      ServerWebExchange exchange) {
        ProblemDetail p = ProblemResponses.problem(status, type, title, detail);
        try {
            p.setInstance(URI.create(exchange.getRequest().getPath().value()));
        } catch (IllegalArgumentException notAUri) {
            // leave the instance out rather than fail while reporting a failure
        }
        return p;
    }
}

package dev.priceflow.kit.web;

import dev.priceflow.contracts.ProblemTypes;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The errors Spring WebFlux raises itself before a controller runs — unreadable or wrongly typed bodies (400),
 * unsupported media types (415), wrong methods (405), unknown paths (404) — answered as problem+json with
 * Priceflow's stable problem types instead of {@code about:blank} or Boot's default error JSON. Lowest
 * precedence: a service's own handlers for its own exceptions win. Every service gets it (service-kit).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class FrameworkProblems extends ResponseEntityExceptionHandler {

    /** The problem type for a status nothing more specific classified. */
    public static URI typeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 401 -> ProblemTypes.UNAUTHENTICATED;
            case 403 -> ProblemTypes.FORBIDDEN;
            case 404 -> ProblemTypes.NOT_FOUND;
            case 409 -> ProblemTypes.CONFLICT;
            case 429 -> ProblemTypes.RATE_LIMITED;
            case 502, 503, 504 -> ProblemTypes.DEPENDENCY_UNAVAILABLE;
            default -> status.is4xxClientError() ? ProblemTypes.INVALID_REQUEST : ProblemTypes.INTERNAL;
        };
    }

    /** Gives a framework problem (type {@code about:blank}) the Priceflow type of its status. */
    public static ProblemDetail typed(ProblemDetail problem, HttpStatusCode status) {
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(typeFor(status));
        }
        return problem;
    }

    @Override
    protected Mono<ResponseEntity<Object>> createResponseEntity(Object body, HttpHeaders headers,
                                                               HttpStatusCode status, ServerWebExchange exchange) {
        if (body instanceof ProblemDetail problem) {
            typed(problem, status);
        }
        return super.createResponseEntity(body, headers, status, exchange);
    }
}

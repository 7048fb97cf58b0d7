package dev.priceflow.trends.adapter.web;

import dev.priceflow.kit.ProblemResponses;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ServerWebExchange;

/** RFC 9457 answers with a stable type and the request path as instance. */
final class Problems {

    private Problems() {
    }

    static ResponseEntity<Object> of(HttpStatus status, URI type, String title, String detail,
                                     ServerWebExchange exchange) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body(status, type, title, detail, exchange));
    }

    static ProblemDetail body(HttpStatus status, URI type, String title, String detail, ServerWebExchange exchange) {
        ProblemDetail problem = ProblemResponses.problem(status, type, title, detail);
        try {
            problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        } catch (IllegalArgumentException notAUri) {
            // leave the instance out rather than fail while reporting a failure
        }
        return problem;
    }
}

package dev.priceflow.pricing.experiment.adapter.web;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.kit.ProblemResponses;
import dev.priceflow.pricing.experiment.domain.FieldError;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ServerWebExchange;

/**
 * problem+json answers of the experiment and simulation APIs: a bad request names every bad field in
 * {@code errors} ([{field, message}]) and the first one in {@code field}.
 */
public final class FieldProblems {

    private FieldProblems() {
    }

    public static ResponseEntity<Object> invalid(String title, List<FieldError> errors, ServerWebExchange exchange) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, title,
                String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList()), exchange);
        p.setProperty("field", errors.getFirst().field());
        p.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        return answer(HttpStatus.BAD_REQUEST, p);
    }

    public static ResponseEntity<Object> of(HttpStatus status, URI type, String title, String detail,
                                            ServerWebExchange exchange) {
        return answer(status, problem(status, type, title, detail, exchange));
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail,
                                         ServerWebExchange exchange) {
        ProblemDetail problem = ProblemResponses.problem(status, type, title, detail);
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        return problem;
    }

    private static ResponseEntity<Object> answer(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

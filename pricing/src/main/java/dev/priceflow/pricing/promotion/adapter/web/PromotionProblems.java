package dev.priceflow.pricing.promotion.adapter.web;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.kit.ProblemResponses;
import dev.priceflow.pricing.promotion.domain.FieldError;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ServerWebExchange;

/** RFC 9457 answers of the promotions API; a 400 lists each bad field in the {@code errors} extension. */
final class PromotionProblems {

    /** 409: the promotion changed since it was read, or its state forbids the change. (Candidate for contracts.) */
    static final URI CONFLICT = ProblemTypes.CONFLICT;

    private PromotionProblems() {
    }

    static ResponseEntity<Object> invalid(List<FieldError> errors, ServerWebExchange exchange) {
        ProblemDetail problem = body(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid promotion",
                errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b)
                        .orElse("invalid request"), exchange);
        problem.setProperty("errors", errors.stream()
                .map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        return answer(HttpStatus.BAD_REQUEST, problem);
    }

    static ResponseEntity<Object> notFound(String id, ServerWebExchange exchange) {
        return answer(HttpStatus.NOT_FOUND, body(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Unknown promotion",
                "No promotion with id " + id, exchange));
    }

    static ResponseEntity<Object> conflict(String detail, ServerWebExchange exchange) {
        return answer(HttpStatus.CONFLICT, body(HttpStatus.CONFLICT, CONFLICT, "Conflict", detail, exchange));
    }

    static ResponseEntity<Object> forbidden(String detail, ServerWebExchange exchange) {
        return answer(HttpStatus.FORBIDDEN, body(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", detail,
                exchange));
    }

    /** The change is committed but the pricing version could not be bumped. */
    static ResponseEntity<Object> savedButCachesStale(PromotionJson.View saved, ServerWebExchange exchange) {
        ProblemDetail problem = body(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.DEPENDENCY_UNAVAILABLE,
                "Saved, but cached prices may be stale", "The change to promotion " + saved.id() + " is saved "
                        + "(version " + saved.version() + "), but the pricing version could not be bumped: cached "
                        + "prices may be stale for up to their TTL (60 s). Do not resend the change.", exchange);
        problem.setProperty("promotion", saved);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, "60").body(problem);
    }

    private static ProblemDetail body(HttpStatus status, URI type, String title, String detail,
                                      ServerWebExchange exchange) {
        ProblemDetail problem = ProblemResponses.problem(status, type, title, detail);
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        return problem;
    }

    private static ResponseEntity<Object> answer(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

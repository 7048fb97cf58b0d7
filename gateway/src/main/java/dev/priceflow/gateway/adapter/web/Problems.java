package dev.priceflow.gateway.adapter.web;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.kit.ProblemResponses;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** RFC 9457 answers with Priceflow's stable problem types. */
public final class Problems {

    private Problems() {
    }

    public static ResponseEntity<ProblemDetail> response(HttpStatus status, URI type, String detail) {
        return response(ProblemResponses.problem(status, type, status.getReasonPhrase(), detail));
    }

    public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The problem type clients should switch on for a status the gateway did not classify itself. */
    public static URI typeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 401 -> ProblemTypes.UNAUTHENTICATED;
            case 403 -> ProblemTypes.FORBIDDEN;
            case 404 -> ProblemTypes.NOT_FOUND;
            case 429 -> ProblemTypes.RATE_LIMITED;
            case 502, 503, 504 -> ProblemTypes.DEPENDENCY_UNAVAILABLE;
            default -> status.is4xxClientError() ? ProblemTypes.INVALID_REQUEST : ProblemTypes.INTERNAL;
        };
    }
}

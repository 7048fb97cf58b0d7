package dev.priceflow.forecast.history.adapter.web;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.kit.ProblemResponses;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * problem+json for the import endpoint: 422 with {@code errors} [{line, reason}] (at most the configured
 * cap) and {@code totalErrors}; 413 over the size limit; 503 when the database fails (nothing written).
 */
@RestControllerAdvice(assignableTypes = SalesImportController.class)
class SalesImportProblems {

    private static final Logger LOG = LoggerFactory.getLogger(SalesImportProblems.class);

    @ExceptionHandler(InvalidImportException.class)
    ProblemDetail invalid(InvalidImportException e) {
        var rejected = e.rejected;
        LOG.info("sales import rejected badLines={}", rejected.totalErrors());
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.INVALID_REQUEST,
                "Invalid sales file", rejected.totalErrors() + " bad line(s); nothing was imported");
        List<Map<String, Object>> errors = rejected.errors().stream()
                .map(err -> Map.<String, Object>of("line", err.line(), "reason", err.reason())).toList();
        problem.setProperty("errors", errors);
        problem.setProperty("totalErrors", rejected.totalErrors());
        return problem;
    }

    @ExceptionHandler(ImportTooLargeException.class)
    ProblemDetail tooLarge(ImportTooLargeException e) {
        return ProblemResponses.problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.INVALID_REQUEST,
                "Sales file too large", "The file exceeds " + e.maxBytes + " bytes; split it or use ./priceflow import-sales");
    }

    @ExceptionHandler(DataAccessException.class)
    ProblemDetail databaseUnavailable(DataAccessException e) {
        LOG.warn("sales import failed cause={}", e.getClass().getSimpleName());
        return ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.DEPENDENCY_UNAVAILABLE,
                "Dependency unavailable", "The sales store is unavailable; nothing was imported, try again");
    }
}

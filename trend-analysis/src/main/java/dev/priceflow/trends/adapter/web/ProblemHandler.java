package dev.priceflow.trends.adapter.web;

import dev.priceflow.contracts.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/** Unreadable request bodies and parameters get a problem answer instead of Spring's default error page. */
@RestControllerAdvice
class ProblemHandler {

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<Object> unreadable(ServerWebInputException e, ServerWebExchange exchange) {
        return Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
                "The request body is not a JSON object {\"observations\": [...]} or a parameter is malformed",
                exchange);
    }
}

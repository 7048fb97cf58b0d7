package dev.priceflow.gateway.adapter.web;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.kit.ProblemResponses;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * The last word on any error that reaches the web layer, ahead of Boot's default handler: client errors
 * keep their status and their (framework-written) detail; 502/503/504 (a route's upstream failed) stay
 * dependency problems; anything unexpected becomes a 500 whose body carries only an error id, while the
 * log carries the exception under the same id.
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ServerResponse.Context context;

    ProblemExceptionHandler(ServerCodecConfigurer codecs) {
        this.context = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return codecs.getWriters();
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        ProblemDetail problem = toProblem(exchange, error);
        problem.setInstance(URI.create(exchange.getRequest().getURI().getRawPath()));
        return ServerResponse.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem)
                .flatMap(response -> response.writeTo(exchange, context));
    }

    private static ProblemDetail toProblem(ServerWebExchange exchange, Throwable error) {
        HttpStatusCode status = error instanceof ErrorResponse known ? known.getStatusCode()
                : error instanceof DataBufferLimitException ? HttpStatus.CONTENT_TOO_LARGE : null;
        if (status != null && status.is4xxClientError()) {
            HttpStatus resolved = HttpStatus.resolve(status.value());
            HttpStatus shown = resolved != null ? resolved : HttpStatus.BAD_REQUEST;
            return ProblemResponses.problem(shown, Problems.typeFor(shown), shown.getReasonPhrase(),
                    detail(shown, error));
        }
        if (status != null && Problems.typeFor(status).equals(ProblemTypes.DEPENDENCY_UNAVAILABLE)) {
            log.warn("dependency failed: status={} path={} cause={}", status.value(),
                    exchange.getRequest().getPath().value(), error.toString());
            HttpStatus shown = HttpStatus.valueOf(status.value());
            return ProblemResponses.problem(shown, ProblemTypes.DEPENDENCY_UNAVAILABLE, shown.getReasonPhrase(),
                    "a service behind the gateway is not available right now; try again shortly");
        }
        String errorId = UUID.randomUUID().toString();
        log.error("unexpected error: errorId={} method={} path={}", errorId, exchange.getRequest().getMethod(),
                exchange.getRequest().getPath().value(), error);
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL,
                "Internal Server Error", "something went wrong on our side; quote errorId when reporting it");
        problem.setProperty("errorId", errorId);
        return problem;
    }

    /** Framework-written details are safe to show; a few are replaced by plainer words. */
    private static String detail(HttpStatus status, Throwable error) {
        return switch (status) {
            case NOT_FOUND -> "there is no endpoint at this path";
            case CONTENT_TOO_LARGE -> "the request body is larger than the gateway accepts";
            default -> error instanceof ErrorResponse known ? known.getBody().getDetail() : null;
        };
    }
}

package dev.priceflow.kit;

import dev.priceflow.contracts.ProblemTypes;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** RFC 9457 answers for requests that fail authentication or authorization. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    public static ServerAuthenticationEntryPoint unauthenticated() {
        return (exchange, ex) -> write(exchange, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED,
                "Unauthenticated", "A valid bearer token is required", "Bearer");
    }

    public static ServerAccessDeniedHandler forbidden() {
        return (exchange, ex) -> write(exchange, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN,
                "Forbidden", "Your token does not carry a role that may do this", null);
    }

    /** A problem answer written by a web filter (rate limits, size limits), before any controller runs. */
    public static Mono<Void> writeProblem(ServerWebExchange exchange, HttpStatus status, URI type, String detail) {
        return write(exchange, status, type, status.getReasonPhrase(), jsonSafe(detail), null);
    }

    /** Writes a small problem document by hand: it must work even where no codec is configured. */
    static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, URI type, String title, String detail,
                            String challenge) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (challenge != null) {
            response.getHeaders().set("WWW-Authenticate", challenge);
        }
        String body = "{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\",\"instance\":\"" + jsonSafe(exchange.getRequest().getPath().value())
                + "\"}";
        DataBuffer buffer = response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(buffer));
    }

    private static String jsonSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

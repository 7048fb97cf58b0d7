package dev.priceflow.gateway.edge;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.kit.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;

/**
 * Requests Spring Security's firewall refuses before anything else runs (encoded slashes, backslashes,
 * semicolons or percent signs in the path, NUL/CR/LF, non-normalized paths such as {@code ..}, unusual HTTP
 * methods) are answered 400 problem+json like every other error — without echoing the offending path.
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {

    @Bean
    ServerExchangeRejectedHandler problemForRejectedRequests() {
        return (exchange, rejected) -> ProblemResponses.writeProblem(exchange, HttpStatus.BAD_REQUEST,
                ProblemTypes.INVALID_REQUEST, "The request was rejected: its path or method is not accepted "
                        + "(no encoded slashes, backslashes, semicolons, control characters or dot segments)");
    }
}

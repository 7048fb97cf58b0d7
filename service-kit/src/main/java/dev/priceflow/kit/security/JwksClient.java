package dev.priceflow.kit.security;

import io.netty.channel.ChannelOption;
import java.time.Duration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * The client every token decoder fetches Keycloak's JWKS with (the first token after a start, and whenever the
 * cached key set must be refreshed): bounded by a connect and a response timeout, where the library's default
 * client has none and a request waited as long as Keycloak hung.
 */
public final class JwksClient {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(3);

    private JwksClient() {
    }

    public static WebClient bounded(Duration connect, Duration response) {
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) connect.toMillis())
                .responseTimeout(response);
        return WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
    }
}

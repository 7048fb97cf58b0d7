package dev.priceflow.bench.hello;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The benchmark's baseline: a bare Spring Boot WebFlux app answering {@code GET /hello} with "hello", started
 * with the services' JVM settings, so every other row of the table reads as a fraction of what this stack
 * can do at all on this machine, measured in the same run. Usage: {@code java -jar bench.jar [PORT]}
 * (default 18099), bound to 127.0.0.1.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class HelloApplication {

    static final int DEFAULT_PORT = 18099;

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PORT;
        SpringApplication app = new SpringApplication(HelloApplication.class);
        app.setDefaultProperties(Map.of(
                "server.port", port,
                "server.address", "127.0.0.1",
                "spring.main.banner-mode", "off"));
        app.run();
    }

    @Bean
    RouterFunction<ServerResponse> hello() {
        return route(GET("/hello"), request -> ServerResponse.ok().contentType(MediaType.TEXT_PLAIN).bodyValue("hello"));
    }
}

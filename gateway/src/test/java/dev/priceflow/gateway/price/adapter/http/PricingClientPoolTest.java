package dev.priceflow.gateway.price.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/** The pricing connection pool holds every call the bulkhead lets through, so none fails waiting for one. */
class PricingClientPoolTest {

    @Test
    void asManyConcurrentCallsAsTheBulkheadAdmitsAllGetAConnection() throws Exception {
        HttpServer slowPricing = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        slowPricing.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        slowPricing.createContext("/", exchange -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        slowPricing.start();
        ConnectionProvider pool = PricingClientConfig.pool(Duration.ofSeconds(2));
        try {
            HttpClient client = HttpClient.create(pool).responseTimeout(Duration.ofSeconds(5));
            String url = "http://127.0.0.1:" + slowPricing.getAddress().getPort() + "/api/v1/prices/A1";
            List<String> outcomes = Flux.range(0, PricingWebClient.MAX_CONCURRENT_CALLS)
                    .flatMap(i -> client.get().uri(url).response()
                            .map(response -> Integer.toString(response.status().code()))
                            .onErrorResume(error -> Mono.just(error.getMessage())),
                            PricingWebClient.MAX_CONCURRENT_CALLS)
                    .collectList().block(Duration.ofSeconds(20));
            assertThat(outcomes).hasSize(PricingWebClient.MAX_CONCURRENT_CALLS).containsOnly("200");
        } finally {
            pool.dispose();
            slowPricing.stop(0);
        }
    }
}

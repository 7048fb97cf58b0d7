package dev.priceflow.gateway.fuzz;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** GET /actuator/health of the gateway (8080) and the five services behind it (8081–8085), 5 s each. */
final class Health {

    static final int FIRST_PORT = 8080;
    static final int LAST_PORT = 8085;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Health() {
    }

    /** Each port whose health is not 200 with an overall status UP, with what it answered. */
    static List<String> unhealthy(URI gateway) {
        List<String> down = new ArrayList<>();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(RawHttp.TIMEOUT).build()) {
            for (int port = FIRST_PORT; port <= LAST_PORT; port++) {
                URI uri = URI.create(gateway.getScheme() + "://" + gateway.getHost() + ":" + port + "/actuator/health");
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(RawHttp.TIMEOUT).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200 || !"UP".equals(JSON.readTree(r.body()).path("status").asString(""))) {
                        down.add(uri + " → " + r.statusCode() + " " + FuzzCase.abbreviate(r.body(), 300));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    down.add(uri + " → interrupted");
                } catch (Exception e) {
                    down.add(uri + " → " + e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        }
        return down;
    }
}

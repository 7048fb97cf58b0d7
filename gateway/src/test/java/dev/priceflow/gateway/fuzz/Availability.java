package dev.priceflow.gateway.fuzz;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Tells a 503 caused by the input from one caused by the service behind the route being down (others restart
 * services of the shared stack at any time): after a 503 or no answer, the same route is probed with a valid,
 * harmless GET. If the probe fails too, the case could not be tested (counted, not judged); if the probe
 * passes, the 503 belongs to the input and is judged.
 */
final class Availability {

    /** Path prefix of an endpoint → a harmless GET on the same service and route, and who may send it. */
    private static final Map<String, String[]> PROBES = Map.ofEntries(
            Map.entry("/api/v1/prices/batch", new String[] {"/api/v1/pricing/policies", "mia"}),
            Map.entry("/api/v1/orders", new String[] {"/api/v1/pricing/policies", "mia"}),
            Map.entry("/api/v1/pricing/", new String[] {"/api/v1/pricing/policies", "mia"}),
            Map.entry("/api/v1/prices/", new String[] {"/api/v1/prices/85123A", "alice"}),
            Map.entry("/api/v1/promotions", new String[] {"/api/v1/promotions?status=active", "mia"}),
            Map.entry("/api/v1/profiles/", new String[] {"/api/v1/segments", "mia"}),
            Map.entry("/api/v1/segments", new String[] {"/api/v1/segments", "mia"}),
            Map.entry("/api/v1/trends", new String[] {"/api/v1/trends?category=home&window=day", "mia"}),
            Map.entry("/api/v1/competitor-prices", new String[] {"/api/v1/trends?category=home&window=day", "mia"}),
            Map.entry("/api/v1/recommendations", new String[] {"/api/v1/products/search?q=mug", "alice"}),
            Map.entry("/api/v1/products/", new String[] {"/api/v1/products/search?q=mug", "alice"}),
            Map.entry("/api/v1/elasticities/", new String[] {"/api/v1/forecast/models", "mia"}),
            Map.entry("/api/v1/forecast", new String[] {"/api/v1/forecast/models", "mia"}),
            Map.entry("/api/v1/admin/", new String[] {"/api/v1/admin/audit?limit=1", "adam"}));

    private Availability() {
    }

    static boolean needsProbe(Answer a) {
        return !a.answered() || a.status() == 503;
    }

    /** True when a harmless request on the case's route fails as well: the service, not the input, is at fault. */
    static boolean routeDown(RawHttp http, FuzzCase c, Function<String, String> tokenOf) {
        String path = c.endpoint().substring(c.endpoint().indexOf(' ') + 1);
        String[] probe = PROBES.entrySet().stream().filter(e -> path.startsWith(e.getKey()))
                .max(Map.Entry.comparingByKey(Comparator.comparingInt(String::length)))
                .map(Map.Entry::getValue).orElse(null);
        if (probe == null) {
            return false;
        }
        Answer a = http.send(new FuzzCase(c.endpoint(), "probe", "availability", "GET", probe[0],
                List.of(EdgeCases.bearer(tokenOf.apply(probe[1]))), null, false, false, Expect.refusedOrHarmless()));
        return !a.answered() || a.status() >= 500;
    }
}

package dev.priceflow.bench.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Options of {@code ./priceflow chaos} (the Java side; the shell passes the endpoints). Rates are per second;
 * {@code before} is load before the kill, {@code after} the load kept running once the component is healthy
 * again, {@code settle} the longest wait for user-profile to reflect the accepted events (and for the redemption
 * probe's pending checkouts to get a definite answer). {@code checkoutRate} is the redemption probe's checkouts
 * per second (0: no probe), on {@code checkoutSku}, its promotion managed as {@code marketingUser}.
 */
public record ChaosOptions(List<String> components, double priceRate, double eventBatchRate, int eventBatch,
                           Duration before, Duration after, Duration settle, String priceflow, String gateway,
                           String keycloak, String pgUrl, String pgUser, String pgPassword, String eventUser,
                           List<String> priceUsers, String catalogue, String logs, double checkoutRate,
                           String checkoutSku, String marketingUser) {

    /** The kill order: each service, then the servers. */
    public static final List<String> ALL = List.of("gateway", "pricing", "user-profile", "demand-forecast",
            "trend-analysis", "recommender", "kafka", "redis", "postgres", "elasticsearch", "keycloak");

    public static ChaosOptions parse(String... args) {
        List<String> components = ALL;
        double priceRate = 10;
        double eventRate = 1;
        int batch = 10;
        int before = 10;
        int after = 30;
        int settle = 120;
        String priceflow = "./priceflow";
        String gateway = "http://127.0.0.1:8080";
        String keycloak = "http://127.0.0.1:8180";
        String pgUrl = "jdbc:postgresql://127.0.0.1:15432/priceflow";
        String pgUser = "priceflow";
        String pgPassword = "priceflow";
        String eventUser = "pf-chaos";
        List<String> priceUsers = List.of("alice", "bob");
        String catalogue = null;
        String logs = ".priceflow/logs";
        double checkoutRate = 1;
        String checkoutSku = "22423"; // list 12.75, cost 2.40: 5 % off stays far above its floor
        String marketingUser = "mia";
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + a + " needs a value");
            }
            String v = args[++i];
            switch (a) {
                case "--only" -> components = components(v);
                case "--load-rate" -> priceRate = positive(a, Double.parseDouble(v));
                case "--event-rate" -> eventRate = positive(a, Double.parseDouble(v));
                case "--event-batch" -> batch = (int) positive(a, Integer.parseInt(v));
                case "--before" -> before = (int) positive(a, Integer.parseInt(v));
                case "--duration" -> after = (int) positive(a, Integer.parseInt(v));
                case "--settle" -> settle = (int) positive(a, Integer.parseInt(v));
                case "--priceflow" -> priceflow = v;
                case "--gateway" -> gateway = v;
                case "--keycloak" -> keycloak = v;
                case "--pg-url" -> pgUrl = v;
                case "--pg-user" -> pgUser = v;
                case "--pg-password" -> pgPassword = v;
                case "--event-user" -> eventUser = v;
                case "--price-users" -> priceUsers = List.of(v.split(","));
                case "--catalogue" -> catalogue = v;
                case "--logs" -> logs = v;
                case "--checkout-rate" -> checkoutRate = notNegative(a, Double.parseDouble(v));
                case "--checkout-sku" -> checkoutSku = v;
                case "--marketing-user" -> marketingUser = v;
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (batch > 500) {
            throw new IllegalArgumentException("--event-batch is at most 500 (the gateway's batch limit)");
        }
        return new ChaosOptions(components, priceRate, eventRate, batch, Duration.ofSeconds(before),
                Duration.ofSeconds(after), Duration.ofSeconds(settle), priceflow, gateway, keycloak, pgUrl, pgUser,
                pgPassword, eventUser, priceUsers, catalogue, logs, checkoutRate, checkoutSku, marketingUser);
    }

    static List<String> components(String csv) {
        List<String> out = new ArrayList<>();
        for (String c : csv.split(",")) {
            String name = c.trim();
            if (!ALL.contains(name)) {
                throw new IllegalArgumentException("unknown component '" + name + "' (one of " + ALL + ")");
            }
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("--only needs at least one component");
        }
        return out;
    }

    private static double notNegative(String option, double v) {
        if (!(v >= 0) || v > 20) {
            throw new IllegalArgumentException(option + " must be between 0 (off) and 20, got " + v);
        }
        return v;
    }

    private static double positive(String option, double v) {
        if (!(v > 0)) {
            throw new IllegalArgumentException(option + " must be positive, got " + v);
        }
        return v;
    }

    @Override
    public String toString() {
        return "components " + components + ", " + priceRate + " prices/s, " + eventBatchRate + " event batches/s x "
                + eventBatch + ", before " + before.toSeconds() + " s, after " + after.toSeconds() + " s, settle <= "
                + settle.toSeconds() + " s, " + (checkoutRate > 0 ? checkoutRate + " checkouts/s of " + checkoutSku
                + " with the probe's code" : "no redemption probe");
    }
}

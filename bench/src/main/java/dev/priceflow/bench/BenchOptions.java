package dev.priceflow.bench;

import java.time.Duration;
import dev.priceflow.bench.lag.ProfileLagDefaults;
import java.util.List;

/** Command-line options of the load generator; every one has a default that fits the local stack. */
public record BenchOptions(Duration measured, Duration warmup, List<String> only, int connections,
                           String baseline, String gateway, String pricing, String keycloak, String kafka,
                           String catalogue, int eventBatch, double cachedRate, double cachedRateUnderLimit,
                           double recsRate, double lagRate, String profile) {

    public static final String USAGE = """
            options: --duration S (measured seconds per target, default 10) --warmup S (default 5)
                     --only NAME[,NAME] (targets whose name starts with NAME, plus their baseline)
                     --connections N (closed-loop connections, default 16) --event-batch N (default 100)
                     --cached-rate R (default 1000) --recs-rate R (default 200)
                     --lag-rate R (events/s of the profile-lag target, default 5000) --profile URL (user-profile)
                     --baseline URL --gateway URL --pricing URL --keycloak URL --kafka HOST:PORT --catalogue FILE""";

    public static BenchOptions parse(String... args) {
        BenchOptions o = new BenchOptions(Duration.ofSeconds(10), Duration.ofSeconds(5), List.of(), 16,
                "http://127.0.0.1:18099", env("PRICEFLOW_GATEWAY", "http://127.0.0.1:8080"),
                "http://127.0.0.1:8081", env("PRICEFLOW_KEYCLOAK", "http://127.0.0.1:8180"),
                env("PRICEFLOW_KAFKA", "127.0.0.1:19092"), null, 100, 1000, 360, 200,
                ProfileLagDefaults.RATE, env("PRICEFLOW_USER_PROFILE", "http://127.0.0.1:8082"));
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
            }
            String v = args[++i];
            o = switch (name) {
                case "--duration" -> o.with(seconds(name, v), o.warmup);
                case "--warmup" -> o.with(o.measured, seconds(name, v));
                case "--only" -> new BenchOptions(o.measured, o.warmup, List.of(v.split(",")), o.connections,
                        o.baseline, o.gateway, o.pricing, o.keycloak, o.kafka, o.catalogue, o.eventBatch, o.cachedRate,
                        o.cachedRateUnderLimit, o.recsRate, o.lagRate, o.profile);
                case "--connections" -> new BenchOptions(o.measured, o.warmup, o.only, positive(name, v), o.baseline,
                        o.gateway, o.pricing, o.keycloak, o.kafka, o.catalogue, o.eventBatch, o.cachedRate,
                        o.cachedRateUnderLimit, o.recsRate, o.lagRate, o.profile);
                case "--baseline" -> o.endpoints(v, o.gateway, o.pricing, o.keycloak, o.kafka, o.catalogue);
                case "--gateway" -> o.endpoints(o.baseline, v, o.pricing, o.keycloak, o.kafka, o.catalogue);
                case "--pricing" -> o.endpoints(o.baseline, o.gateway, v, o.keycloak, o.kafka, o.catalogue);
                case "--keycloak" -> o.endpoints(o.baseline, o.gateway, o.pricing, v, o.kafka, o.catalogue);
                case "--kafka" -> o.endpoints(o.baseline, o.gateway, o.pricing, o.keycloak, v, o.catalogue);
                case "--catalogue" -> o.endpoints(o.baseline, o.gateway, o.pricing, o.keycloak, o.kafka, v);
                case "--event-batch" -> o.rates(Math.min(positive(name, v), 500), o.cachedRate, o.recsRate);
                case "--cached-rate" -> o.rates(o.eventBatch, positive(name, v), o.recsRate);
                case "--recs-rate" -> o.rates(o.eventBatch, o.cachedRate, positive(name, v));
                case "--lag-rate" -> new BenchOptions(o.measured, o.warmup, o.only, o.connections, o.baseline,
                        o.gateway, o.pricing, o.keycloak, o.kafka, o.catalogue, o.eventBatch, o.cachedRate,
                        o.cachedRateUnderLimit, o.recsRate, positive(name, v), o.profile);
                case "--profile" -> new BenchOptions(o.measured, o.warmup, o.only, o.connections, o.baseline,
                        o.gateway, o.pricing, o.keycloak, o.kafka, o.catalogue, o.eventBatch, o.cachedRate,
                        o.cachedRateUnderLimit, o.recsRate, o.lagRate, v);
                default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
            };
        }
        return o;
    }

    /** A target runs when no --only was given or its name starts with one of the given names. */
    public boolean selected(String target) {
        return only.isEmpty() || only.stream().anyMatch(target::startsWith);
    }

    /** Only when named in --only: for targets that load the stack for minutes (profile-lag). */
    public boolean named(String target) {
        return only.stream().anyMatch(target::startsWith);
    }

    private BenchOptions with(Duration m, Duration w) {
        return new BenchOptions(m, w, only, connections, baseline, gateway, pricing, keycloak, kafka, catalogue,
                eventBatch, cachedRate, cachedRateUnderLimit, recsRate, lagRate, profile);
    }

    private BenchOptions endpoints(String b, String g, String p, String k, String kf, String c) {
        return new BenchOptions(measured, warmup, only, connections, b, g, p, k, kf, c, eventBatch, cachedRate,
                cachedRateUnderLimit, recsRate, lagRate, profile);
    }

    private BenchOptions rates(int batch, double cached, double recs) {
        return new BenchOptions(measured, warmup, only, connections, baseline, gateway, pricing, keycloak, kafka,
                catalogue, batch, cached, cachedRateUnderLimit, recs, lagRate, profile);
    }

    private static Duration seconds(String name, String v) {
        return Duration.ofSeconds(positive(name, v));
    }

    private static int positive(String name, String v) {
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a positive whole number, got '" + v + "'");
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}

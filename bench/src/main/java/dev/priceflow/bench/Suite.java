package dev.priceflow.bench;

import dev.priceflow.bench.http.HttpLoad;
import dev.priceflow.bench.http.Request;
import dev.priceflow.bench.http.Request.Judge;
import dev.priceflow.bench.http.Request.Verdict;
import dev.priceflow.bench.http.Tokens;
import dev.priceflow.bench.kafka.RawProducerRun;
import dev.priceflow.bench.lag.ProfileLagRun;
import dev.priceflow.bench.stats.ResultTable;
import dev.priceflow.bench.stats.RunResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The targets, in table order. The gateway limits each user to 100 requests/s (PRICEFLOW_RATE_LIMIT_USER);
 * nothing is restarted to raise it: load is spread over 16 load-only shoppers that ./priceflow bench creates in
 * the local realm ({@link #BENCH_USERS}, 1,600 requests/s together) for single prices and, for batch quotes and
 * recommendations, alice and bob (profiles, personal answers) plus 6 of them (cold start; 800 requests/s
 * together). Whatever is still refused shows up as 429 errors.
 */
final class Suite {

    /** Created by infra/stack/lib/bench.sh (PF_BENCH_USERS); DEMO ONLY: password = user name. */
    static final List<String> BENCH_USERS = java.util.stream.IntStream.rangeClosed(1, 200)
            .mapToObj(i -> String.format("pf-bench-%02d", i)).toList();
    static final List<String> PRICE_READERS = BENCH_USERS;
    static final List<String> SHOPPERS = java.util.stream.Stream.concat(java.util.stream.Stream.of("alice", "bob"),
            BENCH_USERS.stream().limit(6)).toList();
    static final String CACHED_SKU = "85123A";
    static final int BATCH_ITEMS = 20;
    private static final Pattern ACCEPTED = Pattern.compile("\"accepted\"\\s*:\\s*(\\d+)");

    private final BenchOptions o;
    private final List<String> skus;
    private final Tokens tokens;
    private final HttpLoad load;
    private final Consumer<String> progress;

    Suite(BenchOptions options, List<String> skus, HttpLoad load, Consumer<String> progress) {
        this.o = options;
        this.skus = skus;
        this.tokens = new Tokens(options.keycloak());
        this.load = load;
        this.progress = progress;
    }

    /** Untimed load on hello before anything is measured: the JIT of this load generator and the baseline app. */
    static final java.time.Duration JIT_WARM_UP = java.time.Duration.ofSeconds(20);

    List<RunResult> run() {
        List<RunResult> out = new ArrayList<>();
        // Both JVMs start cold: without this the first targets (the baseline, the cached price) were measured
        // while the load generator itself was still being compiled (hello 1,931/s at the start, 30,554/s at the end).
        progress.accept("jit warm-up (" + JIT_WARM_UP.toSeconds() + " s against hello, not measured)");
        load.closedLoop("jit-warm-up", "req", i -> Request.get(o.baseline() + "/hello", Map.of(),
                Judge.statusOnly(null)), o.connections(), JIT_WARM_UP, java.time.Duration.ofSeconds(1));
        if (o.selected("price-cached")) {
            // likewise the gateway's request path, which a restarted gateway has not compiled yet (a run right
            // after a restart measured a third of the cached-price rate of the next run)
            progress.accept("jit warm-up (" + JIT_WARM_UP.toSeconds() + " s against the cached price, not measured)");
            List<Map<String, String>> auth = tokens.bearers(PRICE_READERS);
            load.closedLoop("jit-warm-up-gateway", "req", i -> cachedPrice(auth, i), o.connections(), JIT_WARM_UP,
                    java.time.Duration.ofSeconds(1));
        }
        measure(out, ResultTable.BASELINE, () -> closed(ResultTable.BASELINE, "req",
                i -> Request.get(o.baseline() + "/hello", Map.of(), Judge.statusOnly(null))));
        if (o.selected("price-cached")) {
            List<Map<String, String>> auth = tokens.bearers(PRICE_READERS);
            measure(out, "price-cached", () -> closed("price-cached", "req", i -> cachedPrice(auth, i)));
        }
        if (o.selected("price-uncached")) {
            List<Map<String, String>> auth = tokens.bearers(PRICE_READERS);
            String run = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36);
            // A fresh channel per request: a key the gateway cache has never seen, so every request is a MISS.
            measure(out, "price-uncached", () -> closed("price-uncached", "req", i -> Request.get(
                    o.gateway() + "/api/v1/prices/" + sku(i) + "?channel=b" + run + "x" + Long.toString(i, 36),
                    auth.get((int) (i % auth.size())), Judge.statusOnly("X-Cache"))));
        }
        if (o.selected("quote-pricing")) {
            List<Map<String, String>> auth = tokens.bearers(PRICE_READERS);
            measure(out, "quote-pricing", () -> closed("quote-pricing", "req", i -> Request.get(
                    o.pricing() + "/api/v1/prices/" + sku(i) + "?channel=web", auth.get((int) (i % auth.size())),
                    Judge.statusOnly(null))));
        }
        if (o.selected("batch-quote")) {
            // pricing admits batch quotes from shoppers only (the gateway's rule also lets marketing/admin through)
            List<Map<String, String>> auth = Tokens.withJson(tokens.bearers(SHOPPERS));
            measure(out, "batch-quote", () -> closed("batch-quote", "quotes", i -> Request.post(
                    o.gateway() + "/api/v1/prices/batch", auth.get((int) (i % auth.size())),
                    Payloads.batchQuote(batchSkus(i)), (status, headers, body) -> status == 200
                            ? Verdict.success(BATCH_ITEMS, null) : Verdict.error(Integer.toString(status)))));
        }
        if (o.selected("recommendations")) {
            List<Map<String, String>> auth = tokens.bearers(SHOPPERS);
            measure(out, "recommendations", () -> closed("recommendations", "req", i -> recommendations(auth, i)));
        }
        // the fixed-rate runs before ingestion: the events ingested keep user-profile busy for a while afterwards
        fixedRates(out);
        // The baseline again, right after the request targets it is the ratio of: before the event targets, whose
        // events keep user-profile busy for minutes (a run that measured it after ingestion had the baseline fall
        // from 18,777/s to 5,366/s) and whose own baseline is kafka-raw.
        if (out.size() > 1) {
            measure(out, ResultTable.BASELINE_END, () -> closed(ResultTable.BASELINE_END, "req",
                    i -> Request.get(o.baseline() + "/hello", Map.of(), Judge.statusOnly(null))));
        }
        if (o.selected("kafka-raw") || o.selected(ResultTable.INGEST) || o.named(ProfileLagRun.name(o.lagRate()))) {
            // as mia (marketing): the demo shoppers' profiles, which tests and prices rely on, stay untouched
            String mia = Tokens.subject(tokens.of("mia"));
            measure(out, ResultTable.RAW_PRODUCER, () -> new RawProducerRun(o.kafka())
                    .run(ResultTable.RAW_PRODUCER, mia, skus, o.warmup(), o.measured()));
        }
        if (o.selected(ResultTable.INGEST)) {
            String token = tokens.of("mia");
            String mia = Tokens.subject(token);
            Map<String, String> auth = Tokens.withJson(List.of(Tokens.bearer(token))).getFirst();
            measure(out, ResultTable.INGEST, () -> closed(ResultTable.INGEST, "events", i -> Request.post(
                    o.gateway() + "/api/v1/events", auth, Payloads.viewBatch(o.eventBatch(), i, mia, skus,
                            Instant.now()), Suite::accepted)));
        }
        if (o.named(ProfileLagRun.name(o.lagRate()))) {
            // ingestion → profile lag at a fixed event rate, beside kafka-raw of this run (docs/bench.md)
            progress.accept(ProfileLagRun.name(o.lagRate()));
            try {
                out.addAll(new ProfileLagRun(o, load, tokens, skus, line -> System.out.println("- " + line)).run());
            } catch (Exception e) {
                out.add(RunResult.failed(ProfileLagRun.name(o.lagRate()), e.getClass().getSimpleName() + ": "
                        + e.getMessage()));
            }
        }
        return out;
    }

    private void fixedRates(List<RunResult> out) {
        for (double rate : new double[] {o.cachedRate(), o.cachedRateUnderLimit()}) {
            String name = String.format("price-cached@%.0f", rate);
            if (o.selected(name)) {
                List<Map<String, String>> auth = tokens.bearers(PRICE_READERS);
                measure(out, name, () -> load.fixedRate(name, "req", i -> cachedPrice(auth, i), rate, o.warmup(),
                        o.measured()));
            }
        }
        String recs = String.format("recommendations@%.0f", o.recsRate());
        if (o.selected(recs)) {
            List<Map<String, String>> auth = tokens.bearers(SHOPPERS);
            measure(out, recs, () -> load.fixedRate(recs, "req", i -> recommendations(auth, i), o.recsRate(),
                    o.warmup(), o.measured()));
        }
    }

    private Request cachedPrice(List<Map<String, String>> auth, long i) {
        return Request.get(o.gateway() + "/api/v1/prices/" + CACHED_SKU, auth.get((int) (i % auth.size())),
                Judge.statusOnly("X-Cache"));
    }

    private Request recommendations(List<Map<String, String>> auth, long i) {
        return Request.get(o.gateway() + "/api/v1/recommendations?context=home&limit=10",
                auth.get((int) (i % auth.size())), Judge.statusOnly(null));
    }

    private RunResult closed(String name, String unit, java.util.function.LongFunction<Request> requests) {
        return load.closedLoop(name, unit, requests, o.connections(), o.warmup(), o.measured());
    }

    private void measure(List<RunResult> out, String name, Callable<RunResult> target) {
        progress.accept(name);
        try {
            out.add(target.call());
        } catch (Exception e) {
            out.add(RunResult.failed(name, e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    static Verdict accepted(int status, io.netty.handler.codec.http.HttpHeaders headers, String body) {
        if (status != 202) {
            return Verdict.error(Integer.toString(status));
        }
        Matcher m = ACCEPTED.matcher(body);
        return m.find() ? Verdict.success(Long.parseLong(m.group(1)), null) : Verdict.error("202 without count");
    }

    private String sku(long i) {
        return skus.get((int) (i % skus.size()));
    }

    private List<String> batchSkus(long i) {
        List<String> batch = new ArrayList<>(BATCH_ITEMS);
        for (int k = 0; k < BATCH_ITEMS; k++) {
            batch.add(sku(i * BATCH_ITEMS + k));
        }
        return batch;
    }
}

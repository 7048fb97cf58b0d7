package dev.priceflow.bench.lag;

import dev.priceflow.bench.BenchOptions;
import dev.priceflow.bench.Payloads;
import dev.priceflow.bench.http.HttpLoad;
import dev.priceflow.bench.http.Request;
import dev.priceflow.bench.http.Request.Verdict;
import dev.priceflow.bench.http.Tokens;
import dev.priceflow.bench.stats.Latencies;
import dev.priceflow.bench.stats.RunResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code profile-lag@R} target: ProductViewed batches through the gateway at a fixed rate (open model, R events/s
 * in batches of {@code --event-batch}), then the lag from ingestion (Kafka CreateTime, stamped by the gateway's
 * producer) to the profile write, from user-profile's histogram {@value ProfileLagDefaults#METRIC} scraped before
 * and after (the difference holds this run's events, plus whatever else the shared stack sent meanwhile). Phases:
 * warm-up at the same rate (not counted), wait until user-profile has caught up, scrape, measured phase, wait
 * until as many profile writes as accepted events were timed (at most 120 s, or 15 s without progress), scrape.
 */
public final class ProfileLagRun {

    private static final Pattern ACCEPTED = Pattern.compile("\"accepted\"\\s*:\\s*(\\d+)");
    private static final Duration MAX_DRAIN = Duration.ofSeconds(120);
    private static final Duration STALL = Duration.ofSeconds(15);
    private static final long CAP_NANOS = Duration.ofMinutes(10).toNanos();

    private final BenchOptions o;
    private final HttpLoad load;
    private final Tokens tokens;
    private final List<String> skus;
    private final Consumer<String> progress;
    private boolean quiet;
    private final HttpClient scraper = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public ProfileLagRun(BenchOptions options, HttpLoad load, Tokens tokens, List<String> skus,
                         Consumer<String> progress) {
        this.o = options;
        this.load = load;
        this.tokens = tokens;
        this.skus = skus;
        this.progress = progress;
    }

    public static String name(double rate) {
        return String.format(Locale.ROOT, "%s@%.0f", ProfileLagDefaults.TARGET, rate);
    }

    /** The fixed-rate row (events/s through the gateway) and the lag row (profile writes, lag percentiles). */
    public List<RunResult> run() throws IOException, InterruptedException {
        String name = name(o.lagRate());
        double requestsPerSecond = o.lagRate() / o.eventBatch();
        List<String> senderTokens = new ArrayList<>();
        for (String user : ProfileLagDefaults.SENDERS) {
            senderTokens.add(tokens.of(user));
        }
        LongFunction<Request> requests = i -> {
            String token = senderTokens.get((int) (i % senderTokens.size()));
            return Request.post(o.gateway() + "/api/v1/events", Tokens.withJson(List.of(Tokens.bearer(token))).getFirst(),
                    Payloads.viewBatch(o.eventBatch(), i, Tokens.subject(token), skus, Instant.now()),
                    ProfileLagRun::accepted);
        };
        load.fixedRate(name + "-warmup", "events", requests, requestsPerSecond, Duration.ZERO, o.warmup());
        String admin = tokens.of(ProfileLagDefaults.ADMIN);
        LagHistogram before = waitUntilQuiet(admin);
        if (!quiet) {
            progress.accept(name + ": WARNING user-profile was still timing profile writes after "
                    + MAX_DRAIN.toSeconds() + " s of waiting (a backlog, or other traffic): the lag below includes it");
        }
        RunResult sent = load.fixedRate(name, "events", requests, requestsPerSecond, Duration.ZERO, o.measured());
        long drainStart = System.nanoTime();
        LagHistogram delta = drain(admin, before, sent.units()).minus(before);
        double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
        long updates = delta.count();
        Map<String, Long> missing = updates >= sent.units() ? Map.of()
                : Map.of("not-timed-within-drain", sent.units() - updates);
        long[] bounds = delta.boundsNanos(CAP_NANOS);
        RunResult lag = new RunResult(name + " lag", String.format(Locale.ROOT,
                "CreateTime→profile write, histogram ≤bound, drain %.0f s", drainSeconds),
                o.measured().toNanos() / 1e9 + drainSeconds, updates, updates, "events",
                Latencies.of(bounds, bounds.length), missing, Map.of(), o.lagRate(), null);
        progress.accept(String.format(Locale.ROOT,
                "%s: %.0f events/s accepted by the gateway (offered %.0f/s), %d profile writes timed, lag p50 ≤ %.0f ms, "
                        + "p99 ≤ %.0f ms, drained in %.1f s", name, sent.unitsPerSecond(), o.lagRate(), updates,
                delta.quantileSeconds(0.50) * 1000, delta.quantileSeconds(0.99) * 1000, drainSeconds));
        return List.of(sent, lag);
    }

    private LagHistogram waitUntilQuiet(String admin) throws IOException, InterruptedException {
        LagHistogram last = scrape(admin);
        long deadline = System.nanoTime() + MAX_DRAIN.toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(2000);
            LagHistogram now = scrape(admin);
            if (now.count() == last.count()) {
                quiet = true;
                return now;
            }
            last = now;
        }
        quiet = false;
        return last;
    }

    private LagHistogram drain(String admin, LagHistogram before, long expected)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + MAX_DRAIN.toNanos();
        LagHistogram now = scrape(admin);
        long progressAt = System.nanoTime();
        long seen = now.count();
        while (now.count() - before.count() < expected && System.nanoTime() < deadline
                && System.nanoTime() - progressAt < STALL.toNanos()) {
            Thread.sleep(500);
            now = scrape(admin);
            if (now.count() > seen) {
                seen = now.count();
                progressAt = System.nanoTime();
            }
        }
        return now;
    }

    private LagHistogram scrape(String adminToken) throws IOException, InterruptedException {
        HttpResponse<String> response = scraper.send(HttpRequest.newBuilder(URI.create(o.profile()
                        + "/actuator/prometheus")).timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + adminToken).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("user-profile /actuator/prometheus answered " + response.statusCode());
        }
        return LagHistogram.parse(response.body(), ProfileLagDefaults.METRIC);
    }

    static Verdict accepted(int status, io.netty.handler.codec.http.HttpHeaders headers, String body) {
        if (status != 202) {
            return Verdict.error(Integer.toString(status));
        }
        Matcher m = ACCEPTED.matcher(body);
        return m.find() ? Verdict.success(Long.parseLong(m.group(1)), null) : Verdict.error("202 without count");
    }
}

package dev.priceflow.bench.http;

import dev.priceflow.bench.http.Request.Verdict;
import dev.priceflow.bench.stats.RunResult;
import dev.priceflow.bench.stats.Tally;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Drives HTTP load with Reactor Netty over a fixed pool of keep-alive connections, in two models:
 * <ul>
 *   <li>{@link #closedLoop}: N workers, each sends its next request when the previous answer arrived
 *       (maximum throughput at concurrency N);</li>
 *   <li>{@link #fixedRate}: an open model, requests started on a fixed schedule whatever the answers do;
 *       latency counts from the scheduled start, so a stalled server cannot hide its queue (no coordinated
 *       omission).</li>
 * </ul>
 * Both run a warm-up (not counted) and then a bounded measured phase.
 */
public final class HttpLoad implements AutoCloseable {

    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(10);
    private final ConnectionProvider pool;
    private final HttpClient client;
    /**
     * Fixed-rate runs count a scheduled request as a "client-backlog" error, without sending it, while this
     * many are outstanding (twice the pool): the target already misses its rate, and piling more requests on
     * a shared stack would only trip its circuit breakers for everyone else.
     */
    private final int maxOutstanding;

    public HttpLoad(int maxConnections) {
        this.maxOutstanding = 2 * maxConnections;
        this.pool = ConnectionProvider.builder("bench").maxConnections(maxConnections)
                .pendingAcquireMaxCount(-1).pendingAcquireTimeout(RESPONSE_TIMEOUT).build();
        AtomicInteger next = new AtomicInteger();
        this.client = HttpClient.create(pool).responseTimeout(RESPONSE_TIMEOUT).keepAlive(true)
                .bindAddress(() -> new InetSocketAddress(sourceAddress(next.getAndIncrement()), 0));
    }

    /**
     * Connections come from {@value #SOURCE_ADDRESSES} loopback addresses in turn (127.0.0.1, 127.0.0.2, ...), as
     * from several clients: the gateway limits each client address to 2,000 requests/s, which one address alone
     * would hit before the gateway's capacity.
     */
    static final int SOURCE_ADDRESSES = 16;

    static String sourceAddress(int connection) {
        return "127.0.0." + (1 + Math.floorMod(connection, SOURCE_ADDRESSES));
    }

    public RunResult closedLoop(String name, String unit, LongFunction<Request> requests, int workers, Duration warmup,
                                Duration measured) {
        AtomicLong seq = new AtomicLong();
        phase(requests, seq, workers, warmup, null);
        Tally tally = new Tally();
        long start = System.nanoTime();
        phase(requests, seq, workers, measured, tally);
        double seconds = (System.nanoTime() - start) / 1e9;
        return tally.result(name, "closed, " + workers + " conn", seconds, unit, null);
    }

    private void phase(LongFunction<Request> requests, AtomicLong seq, int workers, Duration length, Tally tally) {
        long end = System.nanoTime() + length.toNanos();
        Flux.range(0, workers)
                .flatMap(w -> Mono.defer(() -> timed(requests.apply(seq.getAndIncrement()), System.nanoTime(), tally))
                        .repeat(() -> System.nanoTime() < end), workers)
                .blockLast(length.plus(RESPONSE_TIMEOUT).plusSeconds(5));
    }

    public RunResult fixedRate(String name, String unit, LongFunction<Request> requests, double perSecond, Duration warmup,
                               Duration measured) {
        Tally tally = new Tally();
        AtomicInteger outstanding = new AtomicInteger();
        long period = (long) (1e9 / perSecond);
        long t0 = System.nanoTime();
        long measureFrom = t0 + warmup.toNanos();
        long end = measureFrom + measured.toNanos();
        for (long i = 0; ; i++) {
            long intended = t0 + i * period;
            if (intended >= end) {
                break;
            }
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            Tally counted = intended >= measureFrom ? tally : null;
            if (outstanding.get() >= maxOutstanding) {
                if (counted != null) {
                    counted.error("client-backlog");
                }
                continue;
            }
            outstanding.incrementAndGet();
            timed(requests.apply(i), intended, counted).doFinally(s -> outstanding.decrementAndGet()).subscribe();
        }
        long drainUntil = System.nanoTime() + RESPONSE_TIMEOUT.toNanos() + 1_000_000_000L;
        while (outstanding.get() > 0 && System.nanoTime() < drainUntil) {
            LockSupport.parkNanos(1_000_000);
        }
        return tally.result(name, String.format("open, %.0f/s", perSecond), measured.toNanos() / 1e9,
                unit, perSecond);
    }

    /** Sends one request; on completion records it in {@code tally} (null during warm-up). */
    Mono<Verdict> timed(Request request, long startNanos, Tally tally) {
        return send(request).doOnNext(verdict -> {
            if (tally == null) {
                return;
            }
            if (verdict.ok()) {
                tally.success(System.nanoTime() - startNanos, verdict.units(), verdict.label());
            } else {
                tally.error(verdict.label());
            }
        });
    }

    /** One request, judged; transport errors become an {@code io:<Exception>} error verdict (chaos driver hook). */
    public Mono<Verdict> exchange(Request request) {
        return send(request);
    }

    private Mono<Verdict> send(Request request) {
        HttpClient withHeaders = client.headers(h -> request.headers().forEach(h::set));
        HttpClient.RequestSender sender = withHeaders.request(request.method()).uri(request.uri());
        HttpClient.ResponseReceiver<?> receiver = request.body() == null
                ? sender : sender.send(ByteBufFlux.fromString(Mono.just(request.body())));
        return receiver.responseSingle((response, bytes) -> bytes.asString().defaultIfEmpty("")
                        .map(body -> request.judge().judge(response.status().code(), response.responseHeaders(), body)))
                .onErrorResume(e -> Mono.just(Verdict.error("io:" + e.getClass().getSimpleName())));
    }

    @Override
    public void close() {
        pool.disposeLater().block(Duration.ofSeconds(5));
    }
}

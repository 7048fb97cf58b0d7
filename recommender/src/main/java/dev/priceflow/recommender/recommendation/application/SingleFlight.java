package dev.priceflow.recommender.recommendation.application;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * Concurrent requests for the same key share one computation (a cache miss of one shopper's page, asked by
 * several tabs or retries at once, computes and prices once). The computation runs to its end even if the
 * first caller goes away (it is bounded by the sources' and pricing's timeouts); its result or error goes to
 * every caller that joined while it ran, and the key is free again as soon as it completed.
 */
public final class SingleFlight<T> {

    private final Map<String, CompletableFuture<T>> running = new ConcurrentHashMap<>();

    public Mono<T> join(String key, Supplier<Mono<T>> computation) {
        return Mono.deferContextual(context -> {
            CompletableFuture<T> mine = new CompletableFuture<>();
            CompletableFuture<T> shared = running.putIfAbsent(key, mine);
            if (shared == null) {
                shared = mine;
                // the first caller's context (request id for the logs) goes with the shared computation
                Mono.defer(computation).contextWrite(context).subscribe(mine::complete, mine::completeExceptionally,
                        () -> mine.complete(null));
                mine.whenComplete((v, e) -> running.remove(key, mine));
            }
            return Mono.fromFuture(shared, true);
        });
    }

    int running() {
        return running.size();
    }
}

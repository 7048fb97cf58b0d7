package dev.priceflow.gateway.support;

import dev.priceflow.gateway.price.application.PriceCache;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Mono;

/** A cache in a map, with a switch that makes every call fail like an unreachable Redis. */
public class FakePriceCache implements PriceCache {

    public final Map<String, String> entries = new ConcurrentHashMap<>();
    public final Map<String, Duration> ttls = new ConcurrentHashMap<>();
    /** What {@link #current} says is left of an entry's lifetime; -1 (not said) when absent. */
    public final Map<String, Long> remainingMillis = new ConcurrentHashMap<>();
    public volatile String version = "0";
    public volatile boolean down;
    /** When set, {@link #peek} answers like an in-process tier holding every entry (no I/O). */
    public volatile boolean inProcess;

    public void reset() {
        entries.clear();
        ttls.clear();
        remainingMillis.clear();
        version = "0";
        down = false;
        inProcess = false;
    }

    @Override
    public Current peek(UnaryOperator<String> keyFor) {
        return inProcess && !down ? current(keyFor).block() : null;
    }

    @Override
    public Mono<String> pricingVersion() {
        return down ? unreachable() : Mono.just(version);
    }

    @Override
    public Mono<Current> current(UnaryOperator<String> keyFor) {
        if (down) {
            return unreachable();
        }
        String current = version;
        String key = keyFor.apply(current);
        return Mono.just(new Current(current, entries.get(key), remainingMillis.getOrDefault(key, -1L)));
    }

    @Override
    public Mono<String> get(String key) {
        return down ? unreachable() : Mono.justOrEmpty(entries.get(key));
    }

    @Override
    public Mono<Void> put(String key, String body, Duration ttl) {
        if (down) {
            return unreachable();
        }
        entries.put(key, body);
        ttls.put(key, ttl);
        return Mono.empty();
    }

    private static <T> Mono<T> unreachable() {
        return Mono.error(new IllegalStateException("connection refused: 127.0.0.1:16379"));
    }
}

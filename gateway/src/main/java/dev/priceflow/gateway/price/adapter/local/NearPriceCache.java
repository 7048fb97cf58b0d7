package dev.priceflow.gateway.price.adapter.local;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.priceflow.gateway.price.application.PriceCache;
import dev.priceflow.gateway.price.application.VersionWatch;
import java.time.Duration;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Mono;

/**
 * An in-process tier in front of the shared (Redis) price cache: a price found in Redis is kept here for the
 * rest of its Redis lifetime, under the same key — which names the pricing version — and answered without a
 * round trip while the {@link VersionWatch} trusts that version. A promotion or policy change bumps the
 * version, the watch hears of it, and the old keys are simply never asked for again (they expire). When the
 * watch trusts no version (Redis or its notifications down, no fresh read), every lookup goes to Redis as
 * before. Bounded by {@code maxEntries} (least recently used out first).
 */
public final class NearPriceCache implements PriceCache {

    private final PriceCache shared;
    private final VersionWatch watch;
    private final Cache<String, Entry> entries;
    private final Ticker ticker;

    /** {@code bornNanos}: when it was kept, by the ticker; it lives {@code ttlMillis} from then. */
    private record Entry(String body, long ttlMillis, long bornNanos) {
    }

    public NearPriceCache(PriceCache shared, VersionWatch watch, long maxEntries, Ticker ticker) {
        this.shared = shared;
        this.watch = watch;
        this.ticker = ticker;
        this.entries = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .ticker(ticker)
                .expireAfter(Expiry.<String, Entry>creating((key, entry) -> Duration.ofMillis(entry.ttlMillis())))
                .build();
    }

    @Override
    public Mono<Current> current(UnaryOperator<String> keyFor) {
        Current near = peek(keyFor);
        return near != null ? Mono.just(near) : shared.current(keyFor).doOnNext(current -> keep(keyFor, current));
    }

    /** The entry kept here for the version the watch trusts now; null when there is none (or no trusted version). */
    @Override
    public Current peek(UnaryOperator<String> keyFor) {
        String trusted = watch.trusted();
        if (trusted == null) {
            return null;
        }
        Entry entry = entries.getIfPresent(keyFor.apply(trusted));
        if (entry == null) {
            return null;
        }
        long left = entry.ttlMillis() - (ticker.read() - entry.bornNanos()) / 1_000_000L;
        return new Current(trusted, entry.body(), Math.max(0, left));
    }

    /** Keeps a Redis hit for its remaining lifetime, if it was read at the version the watch trusts now. */
    private void keep(UnaryOperator<String> keyFor, Current current) {
        if (current.body() != null && current.ttlMillis() > 0 && current.version().equals(watch.trusted())) {
            entries.put(keyFor.apply(current.version()), new Entry(current.body(), current.ttlMillis(), ticker.read()));
        }
    }

    @Override
    public Mono<String> pricingVersion() {
        return shared.pricingVersion();
    }

    @Override
    public Mono<String> get(String key) {
        return shared.get(key);
    }

    @Override
    public Mono<Void> put(String key, String body, Duration ttl) {
        return shared.put(key, body, ttl);
    }

    /**
     * Stores in the shared cache and, once it is stored there, keeps it here for the same lifetime: the key names
     * the version the answer was priced at, so if that version is no longer trusted the entry is never read.
     */
    @Override
    public Mono<Void> putCurrent(String key, String body, Duration ttl) {
        return shared.putCurrent(key, body, ttl)
                .then(Mono.fromRunnable(() -> entries.put(key, new Entry(body, ttl.toMillis(), ticker.read()))));
    }

    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}

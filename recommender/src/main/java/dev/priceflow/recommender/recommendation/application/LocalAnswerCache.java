package dev.priceflow.recommender.recommendation.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * In-process first level in front of the shared {@link AnswerCache} (Redis): an answer is kept here for
 * {@code ttl} (about a second) so that a hot shopper costs no Redis round trip and no JSON parsing. It is not
 * told about events: an event reaches every answer at most {@code ttl} later, on every instance alike. The
 * field carries the pricing version, so a promotion change misses here too. A degraded answer (pricing did not
 * answer: list prices, flagged) is kept only for {@code degradedTtl} and only here — so that a pricing outage is
 * not met by a full recomputation and another pricing call per request — and never goes to the shared level.
 * Bounded: above {@code maxEntries} expired entries are dropped, and if that is not enough, all.
 */
public final class LocalAnswerCache implements AnswerCache {

    private record Entry(Recommendations answer, Instant expires) {
    }

    private final AnswerCache shared;
    private final Clock clock;
    private final Duration ttl;
    private final Duration degradedTtl;
    private final int maxEntries;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public LocalAnswerCache(AnswerCache shared, Clock clock, Duration ttl, Duration degradedTtl, int maxEntries) {
        this.shared = shared;
        this.clock = clock;
        this.ttl = ttl;
        this.degradedTtl = degradedTtl;
        this.maxEntries = maxEntries;
    }

    @Override
    public Mono<Recommendations> get(String userId, String field) {
        String key = key(userId, field);
        Entry e = entries.get(key);
        if (e != null) {
            if (clock.instant().isBefore(e.expires())) {
                return Mono.just(e.answer());
            }
            entries.remove(key, e);
        }
        return shared.get(userId, field).doOnNext(answer -> keep(key, answer));
    }

    @Override
    public Mono<Void> put(String userId, String field, Recommendations answer) {
        keep(key(userId, field), answer);
        return shared.put(userId, field, answer);
    }

    int size() {
        return entries.size();
    }

    private void keep(String key, Recommendations answer) {
        Duration keep = answer.priceDegraded() ? degradedTtl : ttl;
        if (keep.isZero() || keep.isNegative()) {
            return;
        }
        Instant now = clock.instant();
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(key, new Entry(answer, now.plus(keep)));
    }

    private static String key(String userId, String field) {
        return userId + '\u0000' + field;
    }
}

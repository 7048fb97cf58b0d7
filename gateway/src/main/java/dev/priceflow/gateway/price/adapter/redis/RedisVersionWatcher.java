package dev.priceflow.gateway.price.adapter.redis;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.gateway.price.application.VersionWatch;
import java.time.Duration;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.listener.PatternTopic;
import org.springframework.data.redis.listener.ReactiveRedisMessageListenerContainer;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Feeds the {@link VersionWatch}: subscribes to Redis keyspace notifications of {@code pricing:version} (each
 * notice forgets the version and reads it again) and re-reads it every {@code poll} besides. Needs Redis to send
 * keyspace notifications for string commands ({@code notify-keyspace-events} with {@code K} and {@code $} or
 * {@code A}; the stack's Redis is started so); without them the watch never trusts a version and the in-process
 * tier stays unused (logged once). A lost subscription is retried every {@code poll}; meanwhile nothing is
 * trusted.
 */
final class RedisVersionWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RedisVersionWatcher.class);
    private static final PatternTopic NOTICES = PatternTopic.of("__keyspace@*__:" + RedisKeys.PRICING_VERSION);

    private final ReactiveRedisConnectionFactory connections;
    private final ReactiveStringRedisTemplate redis;
    private final VersionWatch watch;
    private final Duration poll;
    private final Duration timeout;
    private Disposable.Composite running;
    private ReactiveRedisMessageListenerContainer container;

    RedisVersionWatcher(ReactiveRedisConnectionFactory connections, ReactiveStringRedisTemplate redis,
                        VersionWatch watch, Duration poll, Duration timeout) {
        this.connections = connections;
        this.redis = redis;
        this.watch = watch;
        this.poll = poll;
        this.timeout = timeout;
    }

    /** Starts in the background: Redis may be down when the gateway starts (then nothing is trusted yet). */
    @Override
    public synchronized void start() {
        running = Disposables.composite();
        running.add(notices().subscribe());
        running.add(Flux.interval(poll, poll).onBackpressureDrop().concatMap(tick -> read()).subscribe());
    }

    private Flux<Void> notices() {
        return Mono.defer(this::notificationsEnabled)
                .flatMapMany(enabled -> enabled
                        ? Mono.fromCallable(this::container).flatMap(c -> c.receiveLater(NOTICES))
                        : Mono.never())
                .doOnNext(subscription -> {
                    watch.subscribed(true);
                    read().subscribe();
                })
                .flatMap(messages -> messages)
                .doOnNext(message -> {
                    watch.changed();
                    read().subscribe();
                })
                .doFinally(signal -> watch.subscribed(false))
                .doOnError(error -> {
                    watch.subscribed(false);
                    dropContainer();
                    log.debug("pricing version notices lost, resubscribing: {}", error.toString());
                })
                .retryWhen(Retry.fixedDelay(Long.MAX_VALUE, poll))
                .thenMany(Flux.empty());
    }

    /** Whether Redis sends keyspace notifications for string commands (INCR, SET of the version). */
    private Mono<Boolean> notificationsEnabled() {
        return connections.getReactiveConnection().serverCommands().getConfig("notify-keyspace-events")
                .timeout(timeout)
                .map(RedisVersionWatcher::coversVersionChanges)
                .doOnNext(enabled -> {
                    if (!enabled) {
                        log.warn("in-process price cache unused: Redis sends no keyspace notifications for "
                                + "string commands (notify-keyspace-events needs K and $); every price lookup "
                                + "asks Redis");
                    }
                });
    }

    /** The listener container, created on first use (its constructor connects to Redis). */
    private synchronized ReactiveRedisMessageListenerContainer container() {
        if (container == null) {
            container = new ReactiveRedisMessageListenerContainer(connections);
        }
        return container;
    }

    private synchronized void dropContainer() {
        if (container != null) {
            container.destroyLater().onErrorComplete().subscribe();
            container = null;
        }
    }

    static boolean coversVersionChanges(Properties config) {
        String flags = config.getProperty("notify-keyspace-events", "");
        return flags.contains("K") && (flags.contains("$") || flags.contains("A"));
    }

    private Mono<Void> read() {
        long ticket = watch.readStarting();
        return redis.opsForValue().get(RedisKeys.PRICING_VERSION)
                .defaultIfEmpty(RedisPriceCache.INITIAL_VERSION)
                .timeout(timeout)
                .doOnNext(version -> watch.readDone(ticket, version))
                .onErrorResume(error -> Mono.empty())
                .then();
    }

    @Override
    public synchronized void stop() {
        if (running != null) {
            running.dispose();
            running = null;
        }
        dropContainer();
        watch.subscribed(false);
    }

    @Override
    public synchronized boolean isRunning() {
        return running != null;
    }
}

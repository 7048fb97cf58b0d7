package dev.priceflow.pricing.config;

import dev.priceflow.pricing.application.Catalogue;
import dev.priceflow.pricing.application.QuoteService;
import dev.priceflow.pricing.application.QuoteWarmUp;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * Runs the {@link QuoteWarmUp} during start-up, just BEFORE the web server opens its port (Boot starts the reactive
 * web server in lifecycle phase {@value #WEB_SERVER_PHASE}): no request reaches a cold service, and
 * {@code /actuator/health} (and {@code /actuator/health/readiness}) answer only once it is done. The database pool
 * is filled to its initial size first. Bounded by {@code priceflow.pricing.warm-up.timeout}.
 */
@Configuration(proxyBeanMethods = false)
class WarmUpConfiguration {

    /** Boot's WebServerStartStopLifecycle phase (WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 1024). */
    static final int WEB_SERVER_PHASE = Integer.MAX_VALUE - 2048;

    private static final Logger log = LoggerFactory.getLogger(WarmUpConfiguration.class);

    @Bean
    SmartLifecycle quoteWarmUpLifecycle(QuoteService quotes, Catalogue catalogue, ConnectionFactory connections,
                                        WarmUpProperties properties) {
        QuoteWarmUp warmUp = new QuoteWarmUp(quotes, catalogue, properties.settings());
        Duration timeout = properties.timeout();
        AtomicBoolean running = new AtomicBoolean();
        return new SmartLifecycle() {
            @Override
            public void start() {
                if (properties.quotes() == 0 || !running.compareAndSet(false, true)) {
                    running.set(true);
                    return;
                }
                long started = System.nanoTime();
                Mono<Integer> pool = connections instanceof ConnectionPool p
                        ? p.warmup().timeout(timeout).onErrorReturn(0) : Mono.just(0);
                // never fails start-up: the warm-up itself never fails; the whole is cut at the timeout
                Long priced = pool.then(warmUp.run()).timeout(timeout, Mono.just(-1L)).onErrorReturn(-1L).block();
                log.atInfo().addKeyValue("quotes", priced).addKeyValue("ms", (System.nanoTime() - started) / 1_000_000)
                        .log("warm-up done ({} rehearsal quotes; -1: ended early)", priced);
            }

            @Override
            public void stop() {
                running.set(false);
            }

            @Override
            public boolean isRunning() {
                return running.get();
            }

            @Override
            public int getPhase() {
                return WEB_SERVER_PHASE - 1;
            }
        };
    }
}

package dev.priceflow.pricing.application;

import dev.priceflow.contracts.Sku;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Start-up warm-up: prices {@code quotes} rehearsal quotes ({@link QuoteService#rehearse}: nothing recorded,
 * announced or exposed) for up to {@code skus} catalogue SKUs, {@code concurrency} at a time, so the database and
 * Redis pools are open, the per-version caches are filled and the pricing code is compiled before the first shopper
 * asks. Bounded: it gives up after {@code timeout}, and a failing dependency only ends it early — it never fails
 * and never blocks start-up longer than {@code timeout}.
 */
public final class QuoteWarmUp {

    /** Settings; {@code quotes} 0 turns the warm-up off. */
    public record Settings(int quotes, int skus, int concurrency, String channel, Duration timeout) {
        public Settings {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(timeout, "timeout");
            if (quotes < 0 || skus < 1 || concurrency < 1 || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("need quotes >= 0, skus >= 1, concurrency >= 1, timeout > 0");
            }
        }
    }

    /** The user id of rehearsals: no shopper has it (it has no profile: standard prices). */
    public static final String USER = "pricing-warm-up";

    private static final Logger log = LoggerFactory.getLogger(QuoteWarmUp.class);

    private final QuoteService quotes;
    private final Catalogue catalogue;
    private final Settings settings;

    public QuoteWarmUp(QuoteService quotes, Catalogue catalogue, Settings settings) {
        this.quotes = quotes;
        this.catalogue = catalogue;
        this.settings = settings;
    }

    /** The number of rehearsal quotes priced; never fails, completes within the timeout. */
    public Mono<Long> run() {
        if (settings.quotes() == 0) {
            return Mono.just(0L);
        }
        return Mono.defer(() -> catalogue.someSkus(settings.skus()).collectList())
                .flatMap(this::rehearse)
                .timeout(settings.timeout(), Mono.just(-1L))
                .onErrorResume(e -> {
                    log.atWarn().addKeyValue("error", e.getClass().getSimpleName())
                            .log("warm-up ended early; starting anyway");
                    return Mono.just(-1L);
                });
    }

    private Mono<Long> rehearse(List<Sku> skus) {
        if (skus.isEmpty()) {
            return Mono.just(0L);
        }
        return Flux.range(0, settings.quotes())
                .flatMap(i -> quotes.rehearse(USER, skus.get(i % skus.size()), settings.channel()),
                        settings.concurrency())
                .count();
    }
}

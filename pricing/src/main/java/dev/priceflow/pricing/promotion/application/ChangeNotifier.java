package dev.priceflow.pricing.promotion.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * What follows a committed promotion change. The database row is the source of truth; then:
 * <ol>
 *   <li>the pricing version is bumped (after the commit only: a quote reads the version BEFORE its data, so a
 *       quote tagged with the new version always saw the committed change, and one that read the old data
 *       is tagged with the old version, which no lookup uses any more). Each attempt has a timeout; after the
 *       last failed attempt the answer says the change is saved but cached prices may be stale for up to
 *       their TTL (the use case answers 503);</li>
 *   <li>{@code pricing.promotions-changed} is published with a timeout; a failure is logged and counted
 *       ({@code pricing.promotion.events.failed}), never fatal: consumers can re-read the promotion.</li>
 * </ol>
 */
public final class ChangeNotifier {

    private static final Logger log = LoggerFactory.getLogger(ChangeNotifier.class);

    private final PricingVersionBump version;
    private final PromotionEvents events;
    private final PromotionSettings settings;
    private final Supplier<UUID> ids;
    private final Counter bumpFailed;
    private final Counter eventsFailed;

    public ChangeNotifier(PricingVersionBump version, PromotionEvents events, PromotionSettings settings,
                          Supplier<UUID> ids, MeterRegistry meters) {
        this.version = version;
        this.events = events;
        this.settings = settings;
        this.ids = ids;
        this.bumpFailed = Counter.builder("pricing.version.bump.failed")
                .description("Promotion changes saved whose pricing version could not be bumped").register(meters);
        this.eventsFailed = Counter.builder("pricing.promotion.events.failed")
                .description("Promotion changes saved whose pricing.promotions-changed record was not sent")
                .register(meters);
    }

    /** Emits true when the version was bumped, false when caches may be stale. Never fails. */
    public Mono<Boolean> committed(UUID promotionId, AuditEntry.Action action, Instant at) {
        return bump(promotionId).flatMap(bumped -> publish(new PromotionEvents.Changed(promotionId, action, at,
                ids.get())).thenReturn(bumped));
    }

    private Mono<Boolean> bump(UUID promotionId) {
        return Mono.defer(version::bump)
                .timeout(settings.versionBump())
                .retryWhen(Retry.fixedDelay(settings.versionBumpAttempts() - 1L, settings.versionBumpBackoff()))
                .thenReturn(true)
                .onErrorResume(e -> {
                    bumpFailed.increment();
                    log.atError().addKeyValue("promotionId", promotionId)
                            .addKeyValue("error", e.getClass().getSimpleName())
                            .log("promotion change saved but pricing version not bumped; caches may be stale");
                    return Mono.just(false);
                });
    }

    private Mono<Void> publish(PromotionEvents.Changed change) {
        return Mono.defer(() -> events.changed(change))
                .timeout(settings.event())
                .onErrorResume(e -> {
                    eventsFailed.increment();
                    log.atWarn().addKeyValue("promotionId", change.promotionId())
                            .addKeyValue("error", e.getClass().getSimpleName())
                            .log("promotion change saved but pricing.promotions-changed was not sent");
                    return Mono.empty();
                });
    }
}

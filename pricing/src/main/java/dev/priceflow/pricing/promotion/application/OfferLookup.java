package dev.priceflow.pricing.promotion.application;

import dev.priceflow.pricing.application.CacheSettings;
import dev.priceflow.pricing.application.PricingVersion;
import dev.priceflow.pricing.application.ShopperProfiles;
import dev.priceflow.pricing.application.VersionedCache;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The multi-unit offers to show beside a SKU's quote, for one shopper (audiences applied). Informational only — a
 * quote's price never depends on it — so it fails open: a database or Redis failure or timeout shows no offers.
 */
public final class OfferLookup {

    private static final Logger log = LoggerFactory.getLogger(OfferLookup.class);

    private final OfferCatalogue catalogue;
    private final ShopperProfiles profiles;
    private final Duration timeout;
    private final Clock clock;
    private final VersionedCache<String, List<AvailableOffer>> offers;

    public OfferLookup(OfferCatalogue catalogue, ShopperProfiles profiles, Duration timeout, Clock clock) {
        this(catalogue, profiles, timeout, clock, CacheSettings.NONE);
    }

    /**
     * With a SKU's offers cached per pricing version ({@link VersionedCache}): an offer starting or ending between
     * two version bumps shows up to {@code referenceMaxAge} late — acceptable for a display-only list.
     */
    public OfferLookup(OfferCatalogue catalogue, ShopperProfiles profiles, Duration timeout, Clock clock,
                       CacheSettings cache) {
        this.catalogue = catalogue;
        this.profiles = profiles;
        this.timeout = timeout;
        this.clock = clock;
        this.offers = cache.reference(clock);
    }

    public Mono<List<AvailableOffer>> forShopper(String userId, String sku) {
        return forShopper(userId, sku, PricingVersion.UNKNOWN);
    }

    /** The offers for a quote that read pricing version {@code version} (an unknown version is not cached). */
    public Mono<List<AvailableOffer>> forShopper(String userId, String sku, String version) {
        return offers.get(version, sku,
                        () -> Mono.defer(() -> catalogue.forSku(sku, clock.instant()).collectList()).timeout(timeout))
                .flatMap(offers -> offers.stream().allMatch(o -> o.audience().everyone()) ? Mono.just(offers)
                        : Mono.defer(() -> profiles.segment(userId)).timeout(timeout).map(Optional::of)
                                .defaultIfEmpty(Optional.empty()).onErrorResume(e -> Mono.just(Optional.empty()))
                                .map(segment -> offers.stream()
                                        .filter(o -> o.audience().admits(userId, segment.orElse(null))).toList()))
                .onErrorResume(e -> {
                    log.atWarn().addKeyValue("sku", sku).addKeyValue("error", e.getClass().getSimpleName())
                            .log("available offers unavailable; quoting without them");
                    return Mono.just(List.of());
                });
    }
}

package dev.priceflow.pricing.promotion.application;

import dev.priceflow.pricing.application.ShopperProfiles;
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

    public OfferLookup(OfferCatalogue catalogue, ShopperProfiles profiles, Duration timeout, Clock clock) {
        this.catalogue = catalogue;
        this.profiles = profiles;
        this.timeout = timeout;
        this.clock = clock;
    }

    public Mono<List<AvailableOffer>> forShopper(String userId, String sku) {
        return Mono.defer(() -> catalogue.forSku(sku, clock.instant()).collectList()).timeout(timeout)
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

package dev.priceflow.pricing.whatif.application;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.domain.Promotion;
import dev.priceflow.pricing.whatif.domain.Proposal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * The SKUs a proposal affects (at most {@code maxSkus}, else invalid), the promotion it simulates (null for a
 * policy) and notes; or why the request is invalid (unknown SKU, category or promotion; too many SKUs).
 */
record Scope(List<Product> products, Promotion simulated, List<String> notes, SimulationOutcome.Invalid invalid) {

    /** The id of a simulated new promotion (never stored). */
    static final UUID SIMULATED = new UUID(0, 0);

    static Scope invalid(String field, String message) {
        return new Scope(List.of(), null, List.of(), new SimulationOutcome.Invalid(field, message));
    }

    static Mono<Scope> resolve(Proposal proposal, SimulationData data, Instant start, Instant end, int maxSkus) {
        return switch (proposal) {
            case Proposal.NewPromotion p -> {
                Promotion.Target target = p.sku() != null ? new Promotion.ForSku(new Sku(checkedSku(p.sku())))
                        : new Promotion.ForCategory(p.category());
                Promotion simulated = new Promotion(SIMULATED, "simulated promotion", p.kind(), p.value(), target,
                        start, end, true);
                yield scope(data, p.sku(), p.category(), "promotion", simulated, List.of(), maxSkus);
            }
            case Proposal.ExistingPromotion p -> data.promotion(p.id())
                    .flatMap(found -> {
                        Promotion active = new Promotion(found.id(), found.name(), found.kind(), found.value(),
                                found.target(), found.startsAt(), found.endsAt(), true);
                        String note = "Promotion '" + found.name() + "' simulated as active in its own window "
                                + found.startsAt() + " .. " + found.endsAt()
                                + (found.endsAt().isAfter(start) && found.startsAt().isBefore(end) ? ""
                                : " (outside the simulated days: no change)");
                        return switch (found.target()) {
                            case Promotion.ForSku s -> scope(data, s.sku().value(), null, "promotionId", active,
                                    List.of(note), maxSkus);
                            case Promotion.ForCategory cat -> scope(data, null, cat.category(), "promotionId",
                                    active, List.of(note), maxSkus);
                        };
                    })
                    .defaultIfEmpty(invalid("promotionId", "no unit-price promotion " + p.id()));
            case Proposal.NewPolicy p -> scope(data, null, p.policy().category(), "policy", null,
                    List.of("Policy of " + p.policy().category() + " simulated in place of the stored one"), maxSkus);
        };
    }

    private static Mono<Scope> scope(SimulationData data, String sku, String category, String field,
                                     Promotion simulated, List<String> notes, int maxSkus) {
        if (sku != null && !Sku.isWellFormed(sku)) {
            return Mono.just(invalid(field + ".sku", "malformed SKU " + sku));
        }
        return data.products(sku, category, maxSkus + 1).collectList().map(products -> {
            if (products.isEmpty()) {
                return sku != null ? invalid(field.equals("promotionId") ? field : field + ".sku",
                        "no product with SKU " + sku)
                        : invalid(field.equals("promotionId") ? field : field + ".category",
                        "no product in category " + category);
            }
            if (products.size() > maxSkus) {
                return invalid(field.equals("promotionId") ? field : field + ".category", "the proposal covers more "
                        + "than " + maxSkus + " SKUs; a simulation covers at most " + maxSkus);
            }
            return new Scope(products, simulated, notes, null);
        });
    }

    private static String checkedSku(String sku) {
        return Sku.isWellFormed(sku) ? sku : "INVALID";
    }
}

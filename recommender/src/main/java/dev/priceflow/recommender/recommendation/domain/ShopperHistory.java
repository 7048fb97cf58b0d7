package dev.priceflow.recommender.recommendation.domain;

import java.util.List;
import java.util.Set;

/** What the recommender knows of a shopper: recent SKUs (newest first), bought SKUs and the current cart. */
public record ShopperHistory(List<String> recent, Set<String> bought, List<String> cart) {

    public ShopperHistory {
        recent = List.copyOf(recent);
        bought = Set.copyOf(bought);
        cart = List.copyOf(cart);
    }

    public static ShopperHistory empty() {
        return new ShopperHistory(List.of(), Set.of(), List.of());
    }

    /** A new shopper: nothing seen, nothing bought. */
    public boolean isCold() {
        return recent.isEmpty() && bought.isEmpty() && cart.isEmpty();
    }
}

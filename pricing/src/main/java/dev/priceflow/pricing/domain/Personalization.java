package dev.priceflow.pricing.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The personalization rule: from a shopper's behaviour to a bounded discount (see {@link PersonalizationPolicy}).
 * Deterministic: the same features, product and channel always give the same adjustment.
 */
public final class Personalization {

    private final PersonalizationPolicy policy;

    public Personalization(PersonalizationPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public PersonalAdjustment decide(ShopperFeatures shopper, Product product, String channel) {
        if (!policy.enabled()) {
            return PersonalAdjustment.none("No personal adjustment: personal prices are switched off");
        }
        if (policy.disabledChannels().contains(channel)) {
            return PersonalAdjustment.none("No personal adjustment: personal prices are switched off on the "
                    + channel + " channel");
        }
        BigDecimal cap = policy.capFor(product.category());
        if (policy.disabledCategories().contains(product.category()) || cap.signum() == 0) {
            return PersonalAdjustment.none("No personal adjustment: personal prices are switched off for "
                    + product.category());
        }
        BigDecimal percent = BigDecimal.ZERO;
        List<String> reasons = new ArrayList<>();
        if (loyal(shopper, product)) {
            percent = percent.add(policy.loyaltyPercent());
            reasons.add("Loyalty: " + shopper.purchases() + " orders with us, " + Amounts.plain(policy.loyaltyPercent())
                    + " % off");
        }
        if (scoredSensitive(shopper)) {
            percent = percent.add(policy.sensitivityPercent());
            reasons.add("Good-deal bonus: you mostly buy when the price is right, "
                    + Amounts.plain(policy.sensitivityPercent()) + " % off");
        } else if (priceSensitive(shopper)) {
            percent = percent.add(policy.sensitivityPercent());
            reasons.add("Good-deal bonus: you compare carefully, " + Amounts.plain(policy.sensitivityPercent())
                    + " % off");
        }
        if (percent.signum() == 0) {
            return PersonalAdjustment.none("No personal adjustment: your shopping history does not qualify for a "
                    + "personal discount yet");
        }
        String reason = String.join("; ", reasons);
        if (percent.compareTo(cap) > 0) {
            percent = cap;
            reason += "; capped at " + Amounts.plain(cap) + " % for " + product.category();
        }
        return new PersonalAdjustment(percent, reason);
    }

    private boolean loyal(ShopperFeatures shopper, Product product) {
        boolean sameCurrency = shopper.currency().equals(product.currency().getCurrencyCode());
        return shopper.purchases() >= policy.loyaltyMinPurchases()
                || sameCurrency && shopper.monetary().compareTo(policy.loyaltyMinMonetary()) >= 0;
    }

    /** user-profile's estimate (bought below list, skipped at higher prices) at or above the policy's threshold. */
    private boolean scoredSensitive(ShopperFeatures shopper) {
        return policy.sensitivityMinScore() != null && shopper.priceSensitivity() != null
                && shopper.priceSensitivity().compareTo(policy.sensitivityMinScore()) >= 0;
    }

    private boolean priceSensitive(ShopperFeatures shopper) {
        long events = shopper.views() + shopper.cartAdds();
        return events >= policy.sensitivityMinEvents()
                && events >= policy.sensitivityEventsPerPurchase() * Math.max(1, shopper.purchases());
    }
}

package dev.priceflow.pricing.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The bounds and thresholds of personalization. Percentages are discounts off the list price.
 * <ul>
 *   <li>loyalty: {@code purchases >= loyaltyMinPurchases} or {@code monetary >= loyaltyMinMonetary} (in the
 *       product's currency) gives {@code loyaltyPercent};</li>
 *   <li>price sensitivity: user-profile's estimate at least {@code sensitivityMinScore} (0..1; null: not
 *       used), or at least {@code sensitivityMinEvents} views and cart adds and at least
 *       {@code sensitivityEventsPerPurchase} of them per purchase, gives {@code sensitivityPercent};</li>
 *   <li>the sum is capped at {@code maxPercent}, or the category's entry in {@code categoryMaxPercent};
 *       nothing applies when disabled, or for a category or channel switched off.</li>
 * </ul>
 */
public record PersonalizationPolicy(boolean enabled, BigDecimal maxPercent, Map<String, BigDecimal> categoryMaxPercent,
                                    Set<String> disabledCategories, Set<String> disabledChannels,
                                    long loyaltyMinPurchases, BigDecimal loyaltyMinMonetary, BigDecimal loyaltyPercent,
                                    long sensitivityMinEvents, long sensitivityEventsPerPurchase,
                                    BigDecimal sensitivityPercent, BigDecimal sensitivityMinScore) {

    private static final BigDecimal MAX_CAP = BigDecimal.valueOf(50);

    public PersonalizationPolicy {
        categoryMaxPercent = Map.copyOf(categoryMaxPercent);
        disabledCategories = Set.copyOf(disabledCategories);
        disabledChannels = Set.copyOf(disabledChannels);
        requirePercent(maxPercent, "maxPercent");
        categoryMaxPercent.forEach((category, cap) -> requirePercent(cap, "categoryMaxPercent." + category));
        requirePercent(loyaltyPercent, "loyaltyPercent");
        requirePercent(sensitivityPercent, "sensitivityPercent");
        Objects.requireNonNull(loyaltyMinMonetary, "loyaltyMinMonetary");
        if (sensitivityMinScore != null
                && (sensitivityMinScore.signum() <= 0 || sensitivityMinScore.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("sensitivityMinScore must be within (0, 1], got " + sensitivityMinScore);
        }
        if (loyaltyMinPurchases < 1 || sensitivityMinEvents < 1 || sensitivityEventsPerPurchase < 1
                || loyaltyMinMonetary.signum() <= 0) {
            throw new IllegalArgumentException("personalization thresholds must be positive");
        }
    }

    /** Without the price-sensitivity score rule (behaviour counts only). */
    public PersonalizationPolicy(boolean enabled, BigDecimal maxPercent, Map<String, BigDecimal> categoryMaxPercent,
                                 Set<String> disabledCategories, Set<String> disabledChannels,
                                 long loyaltyMinPurchases, BigDecimal loyaltyMinMonetary, BigDecimal loyaltyPercent,
                                 long sensitivityMinEvents, long sensitivityEventsPerPurchase,
                                 BigDecimal sensitivityPercent) {
        this(enabled, maxPercent, categoryMaxPercent, disabledCategories, disabledChannels, loyaltyMinPurchases,
                loyaltyMinMonetary, loyaltyPercent, sensitivityMinEvents, sensitivityEventsPerPurchase,
                sensitivityPercent, null);
    }

    /** Personalization switched off entirely. */
    public static PersonalizationPolicy off() {
        return new PersonalizationPolicy(false, BigDecimal.ZERO, Map.of(), Set.of(), Set.of(), 1, BigDecimal.ONE,
                BigDecimal.ZERO, 1, 1, BigDecimal.ZERO);
    }

    /** The largest personal discount for a category, in percent. */
    public BigDecimal capFor(String category) {
        return categoryMaxPercent.getOrDefault(category, maxPercent);
    }

    private static void requirePercent(BigDecimal percent, String name) {
        Objects.requireNonNull(percent, name);
        if (percent.signum() < 0 || percent.compareTo(MAX_CAP) > 0) {
            throw new IllegalArgumentException(name + " must be within 0..50 percent, got " + percent);
        }
    }
}

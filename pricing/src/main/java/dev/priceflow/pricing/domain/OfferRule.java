package dev.priceflow.pricing.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The terms of a multi-unit, cart-level promotion kind (BUY_X_GET_Y, TIERED, BUNDLE). Percentages are 0..100 of
 * the price being discounted; money is in the shop's currency. Checked by the promotion rules before it is saved;
 * the constructors only refuse what can never be priced.
 */
public sealed interface OfferRule {

    /** The kind of promotion these terms belong to. */
    Promotion.Kind kind();

    /** A short human description, e.g. "buy 2 get 1 free". */
    String describe();

    /** Buy {@code buy} units, get {@code get} more at {@code percentOff} off (100: free); repeats per buy+get. */
    record BuyXGetY(int buy, int get, BigDecimal percentOff) implements OfferRule {
        public BuyXGetY {
            Objects.requireNonNull(percentOff, "percentOff");
            if (buy < 1 || get < 1) {
                throw new IllegalArgumentException("buy and get must be at least 1");
            }
        }

        @Override
        public Promotion.Kind kind() {
            return Promotion.Kind.BUY_X_GET_Y;
        }

        @Override
        public String describe() {
            return "buy " + buy + " get " + get + (percentOff.compareTo(BigDecimal.valueOf(100)) == 0 ? " free"
                    : " at " + Amounts.plain(percentOff) + "% off");
        }
    }

    enum Basis { SPEND, QUANTITY }

    /** One threshold: exactly one of {@code percentOff} and {@code amountOff} is set. */
    record Tier(BigDecimal threshold, BigDecimal percentOff, BigDecimal amountOff) {
        public Tier {
            Objects.requireNonNull(threshold, "threshold");
            if ((percentOff == null) == (amountOff == null)) {
                throw new IllegalArgumentException("a tier has either percentOff or amountOff");
            }
        }

        String describe() {
            return percentOff != null ? Amounts.plain(percentOff) + "% off" : Amounts.plain(amountOff) + " off";
        }
    }

    /**
     * SPEND: thresholds on the subtotal of the targeted lines (before cart promotions); QUANTITY: on a line's
     * quantity. Tiers strictly increase; the highest reached applies.
     */
    record Tiered(Basis basis, List<Tier> tiers) implements OfferRule {
        public Tiered {
            Objects.requireNonNull(basis, "basis");
            tiers = List.copyOf(tiers);
            if (tiers.isEmpty()) {
                throw new IllegalArgumentException("at least one tier");
            }
        }

        @Override
        public Promotion.Kind kind() {
            return Promotion.Kind.TIERED;
        }

        /** The highest tier whose threshold {@code reached} meets, or null. */
        public Tier reached(BigDecimal reached) {
            Tier best = null;
            for (Tier tier : tiers) {
                if (reached.compareTo(tier.threshold()) >= 0) {
                    best = tier;
                }
            }
            return best;
        }

        @Override
        public String describe() {
            StringBuilder text = new StringBuilder(basis == Basis.SPEND ? "spend " : "buy ");
            for (int i = 0; i < tiers.size(); i++) {
                Tier tier = tiers.get(i);
                text.append(i == 0 ? "" : ", ").append(Amounts.plain(tier.threshold()))
                        .append(basis == Basis.SPEND ? "+" : "+ units").append(": ").append(tier.describe());
            }
            return text.toString();
        }
    }

    /** One SKU of a bundle and how many of it one bundle holds. */
    record Item(String sku, int quantity) {
        public Item {
            Objects.requireNonNull(sku, "sku");
            if (quantity < 1) {
                throw new IllegalArgumentException("quantity must be at least 1");
            }
        }
    }

    /** The items bought together for {@code price} per bundle, or at {@code percentOff} off (exactly one set). */
    record Bundle(List<Item> items, BigDecimal price, BigDecimal percentOff) implements OfferRule {
        public Bundle {
            items = List.copyOf(items);
            if ((price == null) == (percentOff == null)) {
                throw new IllegalArgumentException("a bundle has either price or percentOff");
            }
        }

        @Override
        public Promotion.Kind kind() {
            return Promotion.Kind.BUNDLE;
        }

        public boolean holds(String sku) {
            return items.stream().anyMatch(item -> item.sku().equals(sku));
        }

        @Override
        public String describe() {
            StringBuilder text = new StringBuilder("bundle ");
            items.forEach(i -> text.append(i.quantity()).append(" x ").append(i.sku()).append(" + "));
            text.setLength(text.length() - 3);
            return text + (price != null ? " for " + Amounts.plain(price) : " at " + Amounts.plain(percentOff) + "% off");
        }
    }
}

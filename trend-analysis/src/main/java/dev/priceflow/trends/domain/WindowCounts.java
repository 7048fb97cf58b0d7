package dev.priceflow.trends.domain;

/** Counts of one window for one product or category; {@code category} is the product's (or the key itself). */
public record WindowCounts(String category, long views, long carts, long purchases) {

    public static WindowCounts empty() {
        return new WindowCounts(null, 0, 0, 0);
    }

    public WindowCounts add(Activity activity) {
        String cat = activity.category() != null ? activity.category() : category;
        return switch (activity.kind()) {
            case VIEW -> new WindowCounts(cat, views + 1, carts, purchases);
            case CART -> new WindowCounts(cat, views, carts + 1, purchases);
            case PURCHASE -> new WindowCounts(cat, views, carts, purchases + 1);
        };
    }

    /** The engagement score the momentum is measured on: a weighted sum of the three counts. */
    public double score(TrendSettings settings) {
        return views * settings.viewWeight() + carts * settings.cartWeight() + purchases * settings.purchaseWeight();
    }
}

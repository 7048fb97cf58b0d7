package dev.priceflow.profile.domain;

import java.math.BigDecimal;

/**
 * What one shopper did with one SKU: views, cart adds (with the last unit price shown in the cart), and what
 * they bought of it. {@code paidValue} is Σ quantity × unit price paid and {@code listValue} Σ quantity × list
 * price, both over the purchase lines whose list price was known (so the two compare like for like). {@code listPrice} is the latest known list price
 * (null when the catalogue does not know the SKU). Money is exact here; only outputs are rounded.
 */
public record SkuActivity(long views, long cartAdds, BigDecimal lastCartPrice, long unitsBought, long linesBought,
                          long promoLines, BigDecimal paidValue, BigDecimal listValue, BigDecimal listPrice) {

    public static final SkuActivity NONE = new SkuActivity(0, 0, null, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO,
            null);

    public boolean bought() {
        return unitsBought > 0;
    }

    /** Looked at or carted, never bought: a skip, evidence for the price-sensitivity estimator. */
    public boolean skipped() {
        return !bought() && (views > 0 || cartAdds > 0);
    }

    SkuActivity viewed(BigDecimal list) {
        return new SkuActivity(views + 1, cartAdds, lastCartPrice, unitsBought, linesBought, promoLines, paidValue,
                listValue, list == null ? listPrice : list);
    }

    SkuActivity carted(BigDecimal price, BigDecimal list) {
        return new SkuActivity(views, cartAdds + 1, price, unitsBought, linesBought, promoLines, paidValue,
                listValue, list == null ? listPrice : list);
    }

    SkuActivity bought(long quantity, BigDecimal unitPrice, boolean onPromotion, BigDecimal list) {
        BigDecimal q = BigDecimal.valueOf(quantity);
        return new SkuActivity(views, cartAdds, lastCartPrice, unitsBought + quantity, linesBought + 1,
                promoLines + (onPromotion ? 1 : 0), list == null ? paidValue : paidValue.add(unitPrice.multiply(q)),
                list == null ? listValue : listValue.add(list.multiply(q)), list == null ? listPrice : list);
    }
}

package dev.priceflow.pricing.domain;

import dev.priceflow.contracts.Sku;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Products and promotions for tests, in GBP, around a fixed instant. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    public static final Currency GBP = Currency.getInstance("GBP");
    public static final PricePolicy POLICY = new PricePolicy(new BigDecimal("0.05"), new BigDecimal("0.01"));

    /** The default rule: loyalty 5 % (20 orders or 3000 spent), sensitivity 3 % (20 events per order), cap 10 %. */
    public static final PersonalizationPolicy PERSONALIZATION = new PersonalizationPolicy(true, BigDecimal.TEN,
            Map.of(), Set.of(), Set.of("marketplace"), 20, new BigDecimal("3000"), new BigDecimal("5"), 20, 20,
            new BigDecimal("3"));

    private Fixtures() {
    }

    public static Product product(String listPrice, String unitCost) {
        return new Product(new Sku("SKU-1"), "Mug", "HOME", GBP, new BigDecimal(listPrice), new BigDecimal(unitCost),
                10);
    }

    public static Promotion percentOff(String percent, int id) {
        return promotion(Promotion.Kind.PERCENT_OFF, percent, id, new Promotion.ForSku(new Sku("SKU-1")));
    }

    public static Promotion amountOff(String amount, int id) {
        return promotion(Promotion.Kind.AMOUNT_OFF, amount, id, new Promotion.ForCategory("HOME"));
    }

    public static Promotion fixedPrice(String price, int id) {
        return promotion(Promotion.Kind.FIXED_PRICE, price, id, new Promotion.ForSku(new Sku("SKU-1")));
    }

    public static Promotion promotion(Promotion.Kind kind, String value, int id, Promotion.Target target) {
        return new Promotion(uuid(id), "promo-" + id, kind, new BigDecimal(value), target,
                NOW.minusSeconds(3600), NOW.plusSeconds(3600), true);
    }

    public static ShopperFeatures shopper(long purchases, String monetary, long views, long cartAdds) {
        return new ShopperFeatures(purchases, new BigDecimal(monetary), "GBP", views, cartAdds, NOW.minusSeconds(60));
    }

    public static UUID uuid(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }
}

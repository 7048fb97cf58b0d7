package dev.priceflow.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PriceSensitivityTest {

    private final PriceSensitivity estimator = new PriceSensitivity(0.30, 2.0);

    @Test
    void noEvidenceIsNeutral() {
        assertThat(estimator.estimate(Map.of())).isEqualTo(0.5);
        assertThat(PriceSensitivity.discountAffinity(Map.of())).isNull();
    }

    @Test
    void buyingAtListPriceReadsInsensitiveAndBuyingDeepBelowListReadsSensitive() {
        Map<String, SkuActivity> atList = new HashMap<>();
        Map<String, SkuActivity> discounted = new HashMap<>();
        for (int i = 0; i < 8; i++) {
            atList.put("A" + i, bought(1, "10.00", "10.00", false));
            discounted.put("A" + i, bought(1, "6.00", "10.00", false)); // 40 % off: beyond fullDepth
        }

        // (2·0.5 + 8·0) / 10 and (2·0.5 + 8·1) / 10
        assertThat(estimator.estimate(atList)).isCloseTo(0.1, within(1e-12));
        assertThat(estimator.estimate(discounted)).isCloseTo(0.9, within(1e-12));
        assertThat(PriceSensitivity.discountAffinity(discounted)).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void promotionLinesCountAsSensitivityEvenAtListPrice() {
        Map<String, SkuActivity> skus = Map.of("A", bought(1, "10.00", "10.00", true));

        assertThat(estimator.estimate(skus)).isCloseTo((1.0 + 1.0) / 3, within(1e-12));
    }

    @Test
    void skippingWhatCostsTwiceTheUsualIsSensitiveAndSkippingTheCheapIsNot() {
        Map<String, SkuActivity> pricey = new HashMap<>(Map.of("B", bought(1, "10.00", "10.00", false)));
        Map<String, SkuActivity> cheap = new HashMap<>(pricey);
        pricey.put("X", carted("20.00", "20.00"));
        cheap.put("X", carted("5.00", "5.00"));

        // bought B at list: signal 0, weight 1; skipped cart: 1.0 (twice) or 0.0 (half), weight 1
        assertThat(estimator.estimate(pricey)).isCloseTo((1.0 + 0 + 1.0) / 4, within(1e-12));
        assertThat(estimator.estimate(cheap)).isCloseTo((1.0 + 0 + 0) / 4, within(1e-12));
    }

    @Test
    void theEstimateIsAlwaysInTheUnitIntervalAndIndependentOfInsertionOrder() {
        Random random = new Random(2026);
        for (int c = 0; c < 2_000; c++) {
            List<Map.Entry<String, SkuActivity>> entries = new ArrayList<>();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                String list = BigDecimal.valueOf(1 + random.nextInt(5000), 2).toPlainString();
                String paid = BigDecimal.valueOf(random.nextInt(6000), 2).toPlainString();
                SkuActivity a = random.nextBoolean() ? bought(1 + random.nextInt(5), paid, list, random.nextBoolean())
                        : carted(paid, list);
                entries.add(Map.entry("S" + i, a));
            }
            Map<String, SkuActivity> sorted = new Behaviour(null, null, null, null, toMap(entries)).skus();
            Collections.shuffle(entries, new Random(c));
            double estimate = estimator.estimate(sorted);
            double again = estimator.estimate(new Behaviour(null, null, null, null, toMap(entries)).skus());
            assertThat(estimate).as("case %d: %s", c, entries).isBetween(0.0, 1.0).isEqualTo(again);
        }
    }

    private static Map<String, SkuActivity> toMap(List<Map.Entry<String, SkuActivity>> entries) {
        Map<String, SkuActivity> m = new java.util.LinkedHashMap<>();
        entries.forEach(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }

    private static SkuActivity bought(long quantity, String paid, String list, boolean promo) {
        return SkuActivity.NONE.bought(quantity, new BigDecimal(paid), promo, new BigDecimal(list));
    }

    private static SkuActivity carted(String price, String list) {
        return SkuActivity.NONE.carted(new BigDecimal(price), new BigDecimal(list));
    }
}

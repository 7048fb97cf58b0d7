package dev.priceflow.pricing.whatif.domain;

import java.math.BigDecimal;
import java.util.List;

/** The simulated days of one SKU, its unit cost, and where its units came from (with a readable note). */
public record SkuSimulation(String sku, BigDecimal unitCost, DemandSource source, String note, List<SkuDay> days) {

    public SkuSimulation {
        days = List.copyOf(days);
    }
}

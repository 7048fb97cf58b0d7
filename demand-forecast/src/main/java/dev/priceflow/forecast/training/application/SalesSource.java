package dev.priceflow.forecast.training.application;

import dev.priceflow.forecast.training.domain.DailyRow;
import java.util.List;

/** Daily sales rows, ordered by SKU and day (port). */
public interface SalesSource {

    /** All rows of SKUs starting with {@code skuPrefix} (empty prefix: all SKUs). */
    List<DailyRow> all(String skuPrefix);

    /** The rows of one SKU (empty when it has no history). */
    List<DailyRow> of(String sku);
}

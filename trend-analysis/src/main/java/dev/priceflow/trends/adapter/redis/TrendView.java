package dev.priceflow.trends.adapter.redis;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.priceflow.trends.adapter.streams.TrendSignal;
import java.math.BigDecimal;
import java.util.List;

/** The answer of {@code GET /api/v1/trends}: latest momentum, rising products and price indexes of a category. */
public record TrendView(String category, String window, TrendSignal.CategoryMomentum momentum,
                        TrendSignal.RisingProducts rising, PriceIndexSummary priceIndex) {

    @JsonIgnore
    public boolean isEmpty() {
        return momentum == null && rising == null && priceIndex.products().isEmpty();
    }

    /** Mean index over the category's SKUs with one (HALF_EVEN, 4 decimals), and each SKU's index. */
    public record PriceIndexSummary(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal average,
                                    List<TrendSignal.CompetitorPriceIndex> products) {
        public PriceIndexSummary {
            products = List.copyOf(products);
        }
    }
}

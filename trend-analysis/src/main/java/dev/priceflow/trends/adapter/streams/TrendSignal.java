package dev.priceflow.trends.adapter.streams;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.priceflow.trends.domain.Anomaly;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A record on {@code trends.signals} (JSON with a {@code type} discriminator). Keys: the category for
 * {@link CategoryMomentum} and {@link RisingProducts}, the SKU for {@link ProductMomentum} and
 * {@link CompetitorPriceIndex}. Layout and meaning: docs/trend-analysis.md.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = TrendSignal.CategoryMomentum.class, name = "CategoryMomentum"),
    @JsonSubTypes.Type(value = TrendSignal.ProductMomentum.class, name = "ProductMomentum"),
    @JsonSubTypes.Type(value = TrendSignal.RisingProducts.class, name = "RisingProducts"),
    @JsonSubTypes.Type(value = TrendSignal.CompetitorPriceIndex.class, name = "CompetitorPriceIndex")
})
public sealed interface TrendSignal {

    /** Counts and momentum of one category in one window. */
    record CategoryMomentum(String category, String window, Instant windowStart, Instant windowEnd, long views,
                            long carts, long purchases, double score, double baselineMean, double baselineStdDev,
                            double momentum, Anomaly anomaly) implements TrendSignal {
    }

    /** Counts and momentum of one product in one window. */
    record ProductMomentum(String sku, String category, String window, Instant windowStart, Instant windowEnd,
                           long views, long carts, long purchases, double score, double baselineMean,
                           double baselineStdDev, double momentum, Anomaly anomaly) implements TrendSignal {
    }

    /** The products of a category with the highest positive momentum in one window, best first. */
    record RisingProducts(String category, String window, Instant windowStart, Instant windowEnd,
                          List<Rising> products) implements TrendSignal {
        public RisingProducts {
            products = List.copyOf(products);
        }
    }

    record Rising(String sku, double momentum, double score) {
    }

    /** Our list price against the lowest fresh competitor price of one SKU. */
    record CompetitorPriceIndex(String sku, String category,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal ourPrice, String currency,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal lowestCompetitorPrice,
                                String lowestCompetitor,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal index,
                                Instant observedAt, int competitors) implements TrendSignal {
    }
}

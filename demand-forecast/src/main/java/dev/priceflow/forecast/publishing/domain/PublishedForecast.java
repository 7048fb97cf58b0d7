package dev.priceflow.forecast.publishing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One SKU's published forecast: the champion's P10/P50/P90 demand in units per future week, rounded once here
 * with {@link #UNITS_RULE} (3 places, HALF_EVEN).
 */
public record PublishedForecast(String sku, UUID modelId, Instant generatedAt, List<LocalDate> weekStarts,
                                List<BigDecimal> p10, List<BigDecimal> p50, List<BigDecimal> p90) {

    /** Forecast units are published with 3 decimal places, rounded half-even. */
    public static final int UNITS_SCALE = 3;
    public static final RoundingMode UNITS_RULE = RoundingMode.HALF_EVEN;

    public PublishedForecast {
        weekStarts = List.copyOf(weekStarts);
        p10 = List.copyOf(p10);
        p50 = List.copyOf(p50);
        p90 = List.copyOf(p90);
        if (p10.size() != weekStarts.size() || p50.size() != weekStarts.size() || p90.size() != weekStarts.size()) {
            throw new IllegalArgumentException("one value per week and quantile expected");
        }
    }

    public static BigDecimal units(double value) {
        return BigDecimal.valueOf(value).setScale(UNITS_SCALE, UNITS_RULE);
    }

    public int horizon() {
        return weekStarts.size();
    }
}

package dev.priceflow.forecast.history.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one rounding rule for stored revenue: HALF_EVEN to the shop currency's minor unit (2 places, GBP). */
public final class MoneyRule {

    public static final int SCALE = 2;
    /** numeric(14, 2) holds at most this. */
    public static final BigDecimal MAX_REVENUE = new BigDecimal("999999999999.99");

    private MoneyRule() {
    }

    public static BigDecimal revenue(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_EVEN);
    }
}

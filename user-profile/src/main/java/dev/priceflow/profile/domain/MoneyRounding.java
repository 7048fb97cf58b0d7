package dev.priceflow.profile.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** The one rounding rule for money in profiles: HALF_EVEN to the currency's minor unit. */
public final class MoneyRounding {

    public static final RoundingMode RULE = RoundingMode.HALF_EVEN;

    private MoneyRounding() {
    }

    public static BigDecimal toMinorUnit(BigDecimal amount, String currency) {
        return amount.setScale(minorDigits(currency), RULE);
    }

    /** Fraction digits of an ISO-4217 currency; codes without minor unit (e.g. XAU) round to whole units. */
    public static int minorDigits(String currency) {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }
}

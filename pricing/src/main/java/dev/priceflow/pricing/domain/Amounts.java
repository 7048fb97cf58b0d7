package dev.priceflow.pricing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The money rules of pricing in one place. {@link #ROUNDING} is the only rounding a price goes through,
 * once, at the end of a calculation. The other helpers only present or bound numbers; they never change a
 * price.
 */
public final class Amounts {

    /** The named rounding rule: banker's rounding (HALF_EVEN) to the currency's minor unit. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;
    public static final String ROUNDING_RULE = "HALF_EVEN to the currency's minor unit";

    private Amounts() {
    }

    public static int minorUnit(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException(currency + " has no minor unit and cannot be priced");
        }
        return digits;
    }

    /** Applies {@link #ROUNDING}: the one place a price is rounded. */
    public static BigDecimal round(BigDecimal amount, Currency currency) {
        return amount.setScale(minorUnit(currency), ROUNDING);
    }

    /**
     * A threshold raised to the next whole minor unit. Used for floors so that rounding a price at or
     * above the threshold can never land below the unrounded floor.
     */
    public static BigDecimal ceilingToMinorUnit(BigDecimal threshold, Currency currency) {
        return threshold.setScale(minorUnit(currency), RoundingMode.CEILING);
    }

    /** An exact, readable form of an intermediate amount: no trailing zeros beyond the minor unit. */
    public static BigDecimal display(BigDecimal amount, Currency currency) {
        BigDecimal stripped = amount.stripTrailingZeros();
        int digits = minorUnit(currency);
        return stripped.scale() < digits ? stripped.setScale(digits) : stripped;
    }

    static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}

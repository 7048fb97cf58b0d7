package dev.priceflow.pricing.optimize.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** A psychological price ending: the pence part of a price ({@code x.99}, {@code x.95}) or none. */
public enum PriceEnding {
    NONE(null),
    NINETY_NINE(new BigDecimal("0.99")),
    NINETY_FIVE(new BigDecimal("0.95"));

    private final BigDecimal pence;

    PriceEnding(BigDecimal pence) {
        this.pence = pence;
    }

    /** The wire form: {@code "none"}, {@code ".99"}, {@code ".95"}. */
    public String wire() {
        return pence == null ? "none" : "." + pence.movePointRight(2).toPlainString();
    }

    public static Optional<PriceEnding> parse(String text) {
        for (PriceEnding ending : values()) {
            if (ending.wire().equals(text) || ending.name().equalsIgnoreCase(text)) {
                return Optional.of(ending);
            }
        }
        return Optional.empty();
    }

    /** An ending never moves a price by more than this fraction of it (10 %). */
    public static final BigDecimal MAX_MOVE = new BigDecimal("0.10");

    /**
     * The nearer of the two prices with this ending around {@code price} (ties: the lower) that lies inside
     * {@code [low, high]} and at most {@link #MAX_MOVE} away from {@code price}; empty when none does (then the
     * caller keeps the price without an ending).
     */
    public Optional<BigDecimal> apply(BigDecimal price, BigDecimal low, BigDecimal high) {
        if (pence == null) {
            return Optional.of(price);
        }
        BigDecimal down = price.setScale(0, RoundingMode.FLOOR).add(pence);
        if (down.compareTo(price) > 0) {
            down = down.subtract(BigDecimal.ONE);
        }
        BigDecimal up = down.add(BigDecimal.ONE);
        BigDecimal limit = price.multiply(MAX_MOVE);
        boolean downFits = down.signum() > 0 && fits(down, price, low, high, limit);
        boolean upFits = fits(up, price, low, high, limit);
        if (downFits && upFits) {
            return Optional.of(up.subtract(price).compareTo(price.subtract(down)) < 0 ? up : down);
        }
        return downFits ? Optional.of(down) : upFits ? Optional.of(up) : Optional.empty();
    }

    private static boolean fits(BigDecimal candidate, BigDecimal price, BigDecimal low, BigDecimal high,
                                BigDecimal limit) {
        return candidate.compareTo(low) >= 0 && candidate.compareTo(high) <= 0
                && candidate.subtract(price).abs().compareTo(limit) <= 0;
    }
}

package dev.priceflow.pricing.jmh;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.domain.PersonalAdjustment;
import dev.priceflow.pricing.domain.PriceBreakdown;
import dev.priceflow.pricing.domain.PriceCalculator;
import dev.priceflow.pricing.domain.PricePolicy;
import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.domain.Promotion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: one quote's price chain ({@link PriceCalculator}): list price, stacked promotions (percent, amount,
 * fixed price; 3 of 4 apply), the floor clamp; standard and personal (5 % adjustment, which runs the chain
 * twice). Run by {@code ./priceflow jmh}, never by unit tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PriceCalculatorBenchmark {

    private static final Currency GBP = Currency.getInstance("GBP");
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private final PriceCalculator calculator = new PriceCalculator(new PricePolicy(new BigDecimal("0.05"),
            new BigDecimal("0.01")));
    private Product product;
    private List<Promotion> promotions;
    private PersonalAdjustment personal;

    @Setup
    public void setUp() {
        product = new Product(new Sku("SKU-1"), "Mug", "HOME", GBP, new BigDecimal("12.99"), new BigDecimal("6.10"),
                10);
        Promotion.Target sku = new Promotion.ForSku(new Sku("SKU-1"));
        promotions = List.of(promotion(Promotion.Kind.PERCENT_OFF, "10", 1, sku),
                promotion(Promotion.Kind.AMOUNT_OFF, "0.50", 2, new Promotion.ForCategory("HOME")),
                promotion(Promotion.Kind.FIXED_PRICE, "11.50", 3, sku),
                promotion(Promotion.Kind.PERCENT_OFF, "5", 4, new Promotion.ForCategory("TOYS")));
        personal = new PersonalAdjustment(new BigDecimal("5"), "loyal shopper");
    }

    @Benchmark
    public PriceBreakdown standardPrice() {
        return calculator.price(product, promotions, NOW);
    }

    @Benchmark
    public PriceBreakdown personalPrice() {
        return calculator.price(product, promotions, NOW, personal);
    }

    private static Promotion promotion(Promotion.Kind kind, String value, int id, Promotion.Target target) {
        return new Promotion(UUID.fromString(String.format("00000000-0000-4000-8000-%012d", id)), "promo-" + id,
                kind, new BigDecimal(value), target, NOW.minusSeconds(3600), NOW.plusSeconds(3600), true);
    }
}

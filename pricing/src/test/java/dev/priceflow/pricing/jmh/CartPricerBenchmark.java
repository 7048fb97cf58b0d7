package dev.priceflow.pricing.jmh;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.domain.Promotion;
import dev.priceflow.pricing.domain.QuoteClaims;
import dev.priceflow.pricing.order.domain.CartLine;
import dev.priceflow.pricing.order.domain.CartPricer;
import dev.priceflow.pricing.order.domain.CartPromotion;
import dev.priceflow.pricing.order.domain.PricedCart;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: promotion stacking on a cart ({@link CartPricer#price}): {@code lines} lines over 4 categories, 6
 * stacked promotions (percent, amount and fixed-price; SKU and category targets; two unlocked by codes), each
 * line with a floor so the floor clamp is exercised. Run by {@code ./priceflow jmh}, never by unit tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CartPricerBenchmark {

    private static final Currency GBP = Currency.getInstance("GBP");
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final String[] CATEGORIES = {"HOME", "TOYS", "GARDEN", "KITCHEN"};

    @Param({"3", "30"})
    public int lines;

    private final CartPricer pricer = new CartPricer();
    private List<CartLine> cart;
    private List<CartPromotion> promotions;

    @Setup
    public void setUp() {
        cart = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            String price = BigDecimal.valueOf(199 + 37L * i, 2).toPlainString();
            String sku = "SKU-" + i;
            Product product = new Product(new Sku(sku), "p" + i, CATEGORIES[i % CATEGORIES.length], GBP,
                    new BigDecimal(price), BigDecimal.ONE, 10);
            QuoteClaims quote = new QuoteClaims(uuid(100 + i), "alice", new Sku(sku), "web", GBP,
                    new BigDecimal(price), new BigDecimal(price), "1", NOW, NOW.plusSeconds(900));
            cart.add(new CartLine(i, quote, 1 + i % 3, product, new BigDecimal(price).multiply(new BigDecimal("0.7"))));
        }
        promotions = List.of(
                promo(1, Promotion.Kind.PERCENT_OFF, "10", new Promotion.ForCategory("HOME"), null),
                promo(2, Promotion.Kind.AMOUNT_OFF, "0.50", new Promotion.ForCategory("TOYS"), null),
                promo(3, Promotion.Kind.PERCENT_OFF, "15", new Promotion.ForCategory("GARDEN"), "GARDEN15"),
                promo(4, Promotion.Kind.FIXED_PRICE, "2.00", new Promotion.ForSku(new Sku("SKU-0")), null),
                promo(5, Promotion.Kind.PERCENT_OFF, "25", new Promotion.ForCategory("HOME"), "HALFTIME"),
                promo(6, Promotion.Kind.AMOUNT_OFF, "1.00", new Promotion.ForCategory("KITCHEN"), null));
    }

    @Benchmark
    public PricedCart priceCart() {
        return pricer.price(GBP, cart, promotions);
    }

    private static UUID uuid(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }

    private static CartPromotion promo(int id, Promotion.Kind kind, String value, Promotion.Target target,
                                       String code) {
        return new CartPromotion(uuid(id), "promo-" + id, kind, new BigDecimal(value), target, code, id);
    }
}

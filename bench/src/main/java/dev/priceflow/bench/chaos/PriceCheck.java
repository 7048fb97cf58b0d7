package dev.priceflow.bench.chaos;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compares every priced answer (PriceQuote JSON) with its SKU's floor; counts and keeps one example. */
final class PriceCheck {

    private static final Pattern SKU = Pattern.compile("\"sku\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern PRICE = Pattern.compile("\"price\"\\s*:\\s*\"?([0-9.]+)\"?");

    private final Map<String, BigDecimal> floors;
    private final AtomicLong checked = new AtomicLong();
    private final AtomicLong below = new AtomicLong();
    private final AtomicLong unreadable = new AtomicLong();
    private final AtomicReference<String> example = new AtomicReference<>();

    PriceCheck(Map<String, BigDecimal> floors) {
        this.floors = floors;
    }

    void check(String body) {
        Matcher sku = SKU.matcher(body);
        Matcher price = PRICE.matcher(body);
        if (!sku.find() || !price.find()) {
            unreadable.incrementAndGet();
            return;
        }
        checked.incrementAndGet();
        BigDecimal floor = floors.get(sku.group(1));
        BigDecimal p = new BigDecimal(price.group(1));
        if (floor != null && p.compareTo(floor) < 0) {
            below.incrementAndGet();
            example.compareAndSet(null, sku.group(1) + " at " + p + " < floor " + floor);
        }
    }

    long checked() {
        return checked.get();
    }

    long below() {
        return below.get();
    }

    long unreadable() {
        return unreadable.get();
    }

    String example() {
        return example.get();
    }
}

package dev.priceflow.forecast.history.application;

import dev.priceflow.forecast.history.domain.DailySales;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;

/** A fake of the sales store with the same idempotency and replace semantics as the SQL adapter. */
public final class InMemorySalesHistory implements SalesHistory {

    public final Set<UUID> processed = new HashSet<>();
    public final Map<String, DailySales> rows = new LinkedHashMap<>();
    public int replaceCalls;

    @Override
    public synchronized boolean addOnce(UUID eventId, List<DailySales> sales) {
        if (!processed.add(eventId)) {
            return false;
        }
        for (DailySales s : sales) {
            rows.merge(s.sku() + "|" + s.day(), s, (a, b) -> new DailySales(a.sku(), a.day(), a.units() + b.units(),
                    a.revenue().add(b.revenue()), a.promoUnits() + b.promoUnits()));
        }
        return true;
    }

    @Override
    public synchronized void replaceAll(List<DailySales> list, IntConsumer progress) {
        replaceCalls++;
        list.forEach(s -> rows.put(s.sku() + "|" + s.day(), s));
        progress.accept(list.size());
    }

    public DailySales row(String sku, String day) {
        return rows.get(sku + "|" + day);
    }
}

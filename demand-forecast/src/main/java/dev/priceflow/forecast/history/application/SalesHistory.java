package dev.priceflow.forecast.history.application;

import dev.priceflow.forecast.history.domain.DailySales;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;

/** Durable daily sales per SKU (the source of truth for training and elasticities). */
public interface SalesHistory {

    /**
     * Marks {@code eventId} processed and adds {@code sales} to the day totals, both or neither (one
     * transaction). Returns false, changing nothing, when the event id was seen before.
     */
    boolean addOnce(UUID eventId, List<DailySales> sales);

    /**
     * Writes every row, replacing the (sku, day) totals already there, in one transaction: all or nothing.
     * {@code progress} is told how many rows are written so far.
     */
    void replaceAll(List<DailySales> rows, IntConsumer progress);
}

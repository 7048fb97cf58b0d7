package dev.priceflow.forecast.training.domain;

import java.time.LocalDate;

/** One row of {@code sales_daily}: units, revenue and units sold on promotion of one SKU on one day. */
public record DailyRow(String sku, LocalDate day, long units, double revenue, long promoUnits) {
}

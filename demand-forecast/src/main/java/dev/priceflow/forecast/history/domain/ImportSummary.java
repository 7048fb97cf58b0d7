package dev.priceflow.forecast.history.domain;

import java.time.LocalDate;

/** What a valid import file holds: rows, distinct SKUs and the day range. */
public record ImportSummary(int rows, int skus, LocalDate from, LocalDate to) {
}

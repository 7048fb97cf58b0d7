package dev.priceflow.forecast.backtest;

import dev.priceflow.forecast.model.domain.Granularity;
import dev.priceflow.forecast.model.domain.Series;
import java.time.LocalDate;
import java.util.List;

/** Series read from one file, with what the provenance needs to say about it, and what a period is. */
record Dataset(String name, String source, List<Series> series, LocalDate from, LocalDate to, long rows,
               int season, String notes, Granularity granularity) {

    /** A weekly data set. */
    Dataset(String name, String source, List<Series> series, LocalDate from, LocalDate to, long rows, int season,
            String notes) {
        this(name, source, series, from, to, rows, season, notes, Granularity.WEEKLY);
    }
}

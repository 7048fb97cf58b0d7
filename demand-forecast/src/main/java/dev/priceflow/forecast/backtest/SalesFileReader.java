package dev.priceflow.forecast.backtest;

import dev.priceflow.forecast.history.domain.DailySales;
import dev.priceflow.forecast.history.domain.LineError;
import dev.priceflow.forecast.history.domain.SalesCsv;
import dev.priceflow.forecast.model.domain.Granularity;
import dev.priceflow.forecast.model.domain.Series;
import dev.priceflow.forecast.training.domain.DailyRow;
import dev.priceflow.forecast.training.domain.SalesAggregation;
import dev.priceflow.forecast.training.domain.SkuHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A daily sales file in import-sales' format ({@code sku,day,units,revenue[,onPromotion]}, validated by the
 * same rules) as series of the asked granularity, built exactly as training builds them from
 * {@code sales_daily}: zero-filled periods between a SKU's first and last sale, average paid price carried
 * forward, promotion share, history after the last long pause; daily series carry the UK bank-holiday flag.
 */
final class SalesFileReader {

    static final int MAX_REPORTED = 10;

    private SalesFileReader() {
    }

    static boolean recognises(String header) {
        String h = header.replace("\uFEFF", "").strip();
        return h.equalsIgnoreCase(SalesCsv.HEADER) || h.equalsIgnoreCase(SalesCsv.HEADER_WITH_PROMOTION);
    }

    static Dataset read(String file, List<String> lines, Granularity g) throws DatasetReader.BadInput {
        SalesCsv.Result result = new SalesCsv(MAX_REPORTED).validate(lines.iterator());
        if (result instanceof SalesCsv.Result.Invalid bad) {
            throw new DatasetReader.BadInput(file + ": " + bad.totalErrors() + " bad line(s): " + bad.errors().stream()
                    .map(LineError::toString).collect(Collectors.joining("; ")));
        }
        List<DailySales> rows = ((SalesCsv.Result.Valid) result).rows();
        List<DailyRow> daily = rows.stream().map(r -> new DailyRow(r.sku(), r.day(), r.units(),
                r.revenue().doubleValue(), r.promoUnits())).toList();
        List<Series> series = new ArrayList<>();
        LocalDate from = LocalDate.MAX;
        LocalDate to = LocalDate.MIN;
        for (SkuHistory h : SalesAggregation.aggregate(daily, g)) {
            SkuHistory recent = h.sinceLastGap();
            Series s = recent.toSeries();
            series.add(new Series(s.id(), series.size(), s.values(), s.price(), s.promo(), s.holiday(), s.yearPhase()));
            from = recent.first().isBefore(from) ? recent.first() : from;
            to = recent.last().isAfter(to) ? recent.last() : to;
        }
        String covariates = g == Granularity.DAILY
                ? "covariates: price/median price, promotion share, UK bank holidays, day of week, lag 7"
                : "covariates: price/median price, promotion share, calendar (year phase), lag 52";
        return new Dataset("daily sales file as " + g.name().toLowerCase(java.util.Locale.ROOT) + " SKU series",
                file, series, from, to, rows.size(), g.season(), covariates + "; zero-filled " + g.periods()
                + " between first and last sale", g);
    }
}

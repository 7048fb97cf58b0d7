package dev.priceflow.forecast.serving.application;

import dev.priceflow.forecast.model.domain.Granularity;
import dev.priceflow.forecast.model.domain.QuantileForecast;
import dev.priceflow.forecast.training.application.SalesSource;
import dev.priceflow.forecast.training.domain.DailyRow;
import dev.priceflow.forecast.training.domain.SalesAggregation;
import dev.priceflow.forecast.training.domain.SkuHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * P10/P50/P90 per future period (the champion's granularity: days or ISO weeks) of one SKU from the champion.
 * Without a plan the future price is the last paid price and there is no promotion; a what-if plan gives price
 * and promotion per period (periods after the plan keep its last price, without promotion). Quantiles are
 * sorted per period so they never cross.
 */
public final class ForecastSku {

    /** Asks for the champion's full horizon. */
    public static final int MODEL_HORIZON = 0;

    /** One future period; {@code weekStart} is the period's first day (the day itself for daily models). */
    public record Period(LocalDate weekStart, double p10, double p50, double p90) {
    }

    public record Plan(double[] prices, boolean[] promotions) {
    }

    public sealed interface Outcome {
        record Found(String sku, UUID modelId, int horizon, List<Period> periods, Granularity granularity)
                implements Outcome {

            /** A weekly forecast. */
            public Found(String sku, UUID modelId, int horizon, List<Period> periods) {
                this(sku, modelId, horizon, periods, Granularity.WEEKLY);
            }
        }

        record NoModel() implements Outcome {
        }

        record UnknownSku() implements Outcome {
        }

        record HorizonTooLong(int max) implements Outcome {
        }

        record Insufficient(String reason) implements Outcome {
        }
    }

    private final SalesSource sales;
    private final ChampionModel champion;

    public ForecastSku(SalesSource sales, ChampionModel champion) {
        this.sales = sales;
        this.champion = champion;
    }

    /** @param wanted periods wanted, 1..model horizon, or {@link #MODEL_HORIZON} (a plan's length with a plan) */
    public Outcome forecast(String sku, int wanted, Plan plan) {
        // The SKU first: an unknown SKU is answered at once, without loading the model (slow after a start).
        List<DailyRow> rows = sales.of(sku);
        if (rows.isEmpty()) {
            return new Outcome.UnknownSku();
        }
        var current = champion.current();
        if (current.isEmpty()) {
            return new Outcome.NoModel();
        }
        int h = current.get().spec().horizon();
        int horizon = wanted == MODEL_HORIZON ? h : wanted;
        if (horizon > h || horizon < 1) {
            return new Outcome.HorizonTooLong(h);
        }
        Granularity g = current.get().granularity();
        SkuHistory history = SalesAggregation.aggregate(rows, g).getFirst().sinceLastGap();
        int window = current.get().spec().window();
        if (history.length() < window) {
            return new Outcome.Insufficient(sku + " has " + history.length() + " " + g.periods()
                    + " of sales history; the model needs " + window);
        }
        double[] prices = new double[h];
        double[] promos = new double[h];
        double last = history.lastPrice();
        for (int k = 0; k < h; k++) {
            boolean planned = plan != null && k < plan.prices().length;
            prices[k] = planned ? plan.prices()[k] : (plan != null ? plan.prices()[plan.prices().length - 1] : last);
            promos[k] = planned && plan.promotions()[k] ? 1 : 0;
        }
        QuantileForecast f = champion.forecast(current.get().id(), history.withFuture(prices, promos));
        List<Period> periods = new ArrayList<>();
        for (int k = 0; k < horizon; k++) {
            double[] q = {f.p10()[k], f.p50()[k], f.p90()[k]};
            Arrays.sort(q);
            periods.add(new Period(g.plus(history.last(), k + 1L), q[0], q[1], q[2]));
        }
        return new Outcome.Found(sku, current.get().id(), horizon, periods, g);
    }
}

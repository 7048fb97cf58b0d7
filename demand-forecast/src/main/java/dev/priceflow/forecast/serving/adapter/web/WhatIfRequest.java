package dev.priceflow.forecast.serving.adapter.web;

import dev.priceflow.forecast.serving.application.ForecastSku;
import java.math.BigDecimal;
import java.util.List;

/**
 * What-if body: {@code prices} (decimal strings, one per future week, all > 0) and optional {@code promotions}
 * (one flag per week, same length). The upper length bound is the model horizon, checked by the use case.
 */
record WhatIfRequest(List<String> prices, List<Boolean> promotions) {

    static final int MAX_WEEKS = 52;

    ForecastSku.Plan toPlan() {
        if (prices == null || prices.isEmpty() || prices.size() > MAX_WEEKS) {
            throw new Invalid("prices", "prices must list 1.." + MAX_WEEKS + " weekly prices");
        }
        double[] p = new double[prices.size()];
        for (int k = 0; k < p.length; k++) {
            BigDecimal d;
            try {
                d = new BigDecimal(String.valueOf(prices.get(k)).strip());
            } catch (NumberFormatException e) {
                throw new Invalid("prices", "prices[" + k + "] is not a decimal: '" + prices.get(k) + "'");
            }
            if (d.signum() <= 0) {
                throw new Invalid("prices", "prices[" + k + "] must be greater than 0, was " + d.toPlainString());
            }
            p[k] = d.doubleValue();
        }
        boolean[] promo = new boolean[p.length];
        if (promotions != null) {
            if (promotions.size() != p.length) {
                throw new Invalid("promotions", "promotions has " + promotions.size() + " flags; prices has " + p.length);
            }
            for (int k = 0; k < p.length; k++) {
                if (promotions.get(k) == null) {
                    throw new Invalid("promotions", "promotions[" + k + "] must be true or false");
                }
                promo[k] = promotions.get(k);
            }
        }
        return new ForecastSku.Plan(p, promo);
    }

    static int parseHorizon(String horizon) {
        try {
            int h = Integer.parseInt(horizon.strip());
            if (h < 1) {
                throw new Invalid("horizon", "horizon must be at least 1, was " + h);
            }
            return h;
        } catch (NumberFormatException e) {
            throw new Invalid("horizon", "horizon must be an integer, was '" + horizon + "'");
        }
    }

    /** A request field that fails validation. */
    static final class Invalid extends RuntimeException {
        private final String field;

        Invalid(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }

        String field() {
            return field;
        }
    }
}

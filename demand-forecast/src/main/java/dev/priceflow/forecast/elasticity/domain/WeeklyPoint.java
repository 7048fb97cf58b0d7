package dev.priceflow.forecast.elasticity.domain;

/** One week of one SKU: average paid price (revenue / units) and units sold; both must be positive. */
public record WeeklyPoint(double price, double units) {

    public WeeklyPoint {
        if (!(price > 0) || !(units > 0) || Double.isInfinite(price) || Double.isInfinite(units)) {
            throw new IllegalArgumentException("weekly price and units must be positive and finite");
        }
    }
}

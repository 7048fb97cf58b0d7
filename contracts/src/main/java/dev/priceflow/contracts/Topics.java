package dev.priceflow.contracts;

/** Kafka topic names. Events are keyed by {@code userId}; sales and competitor prices by {@code sku}. */
public final class Topics {
    /** Behaviour events from the storefront: views, carts, purchases, searches. Key: userId. */
    public static final String COMMERCE_EVENTS = "commerce.events";
    /** Messages that could not be read or processed, with the reason in headers. */
    public static final String COMMERCE_EVENTS_DLT = "commerce.events.dlt";
    /** One record per issued quote. Key: sku. */
    public static final String QUOTE_ISSUED = "pricing.quote-issued";
    /** A promotion was created, changed or ended. Key: promotion id. */
    public static final String PROMOTIONS_CHANGED = "pricing.promotions-changed";
    /** Observed competitor prices. Key: sku. */
    public static final String COMPETITOR_PRICES = "market.competitor-prices";
    /** Trend signals computed by trend-analysis (momentum, anomalies, competitor price index). Key: category or sku. */
    public static final String TREND_SIGNALS = "trends.signals";
    /** A shopper erased their profile: every service deletes what it holds about them. Key: userId. */
    public static final String PROFILE_ERASURES = "profile.erasures";
    /** Demand forecasts published by demand-forecast after each training and daily. Key: sku. */
    public static final String FORECAST_PUBLISHED = "forecast.published";

    private Topics() {
    }
}

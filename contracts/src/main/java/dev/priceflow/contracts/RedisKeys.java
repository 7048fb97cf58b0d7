package dev.priceflow.contracts;

/** Redis keys that more than one service reads or writes. */
public final class RedisKeys {

    /** A counter bumped on every pricing-relevant change (promotions, policy); part of every price cache key. */
    public static final String PRICING_VERSION = "pricing:version";

    /** Pricing version in a quote when pricing could not read {@link #PRICING_VERSION}; never cache under it. */
    public static final String UNKNOWN_PRICING_VERSION = "unknown";

    private RedisKeys() {
    }

    /** Hash with a shopper's hot profile features, written by user-profile, read by pricing and recommender. */
    public static String profile(String userId) {
        return "profile:" + userId;
    }

    /** The gateway's cached price answer for one shopper, SKU, channel and pricing version. */
    public static String cachedPrice(String userId, String sku, String channel, String pricingVersion) {
        return "price:" + userId + ":" + sku + ":" + channel + ":" + pricingVersion;
    }

    /**
     * Hash with the latest published demand forecast of one SKU, written by demand-forecast (fields modelId,
     * generatedAt, horizon, weekStarts, p10, p50, p90; per-week values comma-separated), read by pricing.
     */
    public static String forecast(String sku) {
        return "forecast:" + sku;
    }
}

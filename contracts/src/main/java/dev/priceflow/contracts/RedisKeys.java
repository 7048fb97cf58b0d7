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

    /**
     * The last quote pricing gave one shopper for a SKU and channel, whatever the pricing version: served by the
     * gateway, marked degraded, only while pricing cannot answer.
     */
    public static String lastQuotedPrice(String userId, String sku, String channel) {
        return "price-last:" + userId + ":" + sku + ":" + channel;
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

    // --- recommender (written by recommender from commerce.events; documented in docs/recommender.md) ---

    /** Sorted set sku -> weighted interaction count (view 1, cart 2, purchase 3): popularity. */
    public static final String RECOMMENDER_POPULAR = "rec:popular";

    /** Sorted set sku -> number of distinct shoppers who interacted with it (co-occurrence normaliser). */
    public static final String RECOMMENDER_ITEM_USERS = "rec:item-users";

    /** Sorted set sku -> number of distinct shoppers who bought it (co-purchase normaliser). */
    public static final String RECOMMENDER_ITEM_BUYERS = "rec:item-buyers";

    /** Set of shopper ids with interaction weights (the embedding training set). */
    public static final String RECOMMENDER_USERS = "rec:users";

    /** List of a shopper's most recent distinct SKUs, newest first (capped). */
    public static String recommenderRecent(String userId) {
        return "rec:recent:" + userId;
    }

    /** Set of SKUs a shopper has bought. */
    public static String recommenderBought(String userId) {
        return "rec:bought:" + userId;
    }

    /** Set of SKUs in a shopper's cart since the last purchase. */
    public static String recommenderCart(String userId) {
        return "rec:cart:" + userId;
    }

    /** Hash sku -> summed interaction weight of one shopper (input of the embedding training). */
    public static String recommenderWeights(String userId) {
        return "rec:weights:" + userId;
    }

    /** Sorted set other sku -> number of shoppers who interacted with both (co-view). */
    public static String recommenderCoView(String sku) {
        return "rec:coview:" + sku;
    }

    /** Sorted set other sku -> number of shoppers who bought both (co-purchase). */
    public static String recommenderCoPurchase(String sku) {
        return "rec:cobuy:" + sku;
    }

    /** Hash request -> cached recommendation answer of one shopper; short TTL, deleted on each event of theirs. */
    public static String recommenderCache(String userId) {
        return "rec:cache:" + userId;
    }

    /** Marker that the recommender applied an event (idempotency), with a TTL. */
    public static String recommenderSeen(String eventId) {
        return "rec:seen:" + eventId;
    }

    /**
     * Hash with the latest trend of one category for one window size ({@code hour} or {@code day}), written by
     * trend-analysis: field {@code momentum} (JSON CategoryMomentum signal) and field {@code rising} (JSON
     * RisingProducts signal). Layout: docs/trend-analysis.md.
     */
    public static String trend(String category, String window) {
        return "trend:" + category + ":" + window;
    }

    /** String with the JSON ProductMomentum signal of one SKU's latest window ({@code hour}/{@code day}). */
    public static String productTrend(String sku, String window) {
        return "trend-product:" + sku + ":" + window;
    }

    /** String with the JSON CompetitorPriceIndex signal of one SKU (our list price ÷ lowest competitor price). */
    public static String competitorIndex(String sku) {
        return "competitor-index:" + sku;
    }

    /** Hash of one category's competitor price indexes: field = SKU, value = JSON CompetitorPriceIndex signal. */
    public static String categoryPriceIndex(String category) {
        return "trend-price-index:" + category;
    }
}

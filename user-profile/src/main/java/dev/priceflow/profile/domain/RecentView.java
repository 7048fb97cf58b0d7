package dev.priceflow.profile.domain;

import java.time.Instant;

/** One SKU the shopper viewed, and when they last viewed it. */
public record RecentView(String sku, Instant at) {
}

package dev.priceflow.recommender.recommendation.application;

import java.util.Optional;

/**
 * Pricing's current version ({@code RedisKeys.PRICING_VERSION}), part of every answer-cache field so that cached
 * prices are never served across a promotion change. Empty when the version is not known fresh: the answer is
 * then computed and not cached (fail-open for the cache, never stale prices).
 */
public interface PricingVersion {

    Optional<String> current();
}

package dev.priceflow.contracts.api;

import java.time.Instant;

/**
 * What {@code GET /api/v1/profiles/me} answers: behaviour counts so far, the money spent (a decimal
 * string in {@code currency}), and when the profile last changed.
 */
public record ShopperProfile(String userId, long views, long cartAdds, long purchases, long searches,
                             long unitsBought, String monetary, String currency, Instant lastEventAt) {
}

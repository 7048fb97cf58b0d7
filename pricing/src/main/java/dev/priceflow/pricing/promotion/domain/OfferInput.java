package dev.priceflow.pricing.promotion.domain;

import java.util.List;

/** The terms of the multi-unit kinds as marketing typed them: text, so that a bad value is named by its field. */
public final class OfferInput {

    private OfferInput() {
    }

    /** {@code percentOff} of the free units; null = 100 (free). */
    public record BuyXGetY(String buy, String get, String percentOff) {
    }

    /** {@code basis}: spend or quantity. */
    public record Tiered(String basis, List<Tier> tiers) {
    }

    public record Tier(String threshold, String percentOff, String amountOff) {
    }

    public record Bundle(List<Item> items, String price, String percentOff) {
    }

    public record Item(String sku, String quantity) {
    }
}

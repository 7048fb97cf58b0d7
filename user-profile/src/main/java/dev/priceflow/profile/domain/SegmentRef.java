package dev.priceflow.profile.domain;

/** The segment a shopper is in: its id within the model {@code modelId}, and its label. */
public record SegmentRef(long modelId, int id, String label) {
}

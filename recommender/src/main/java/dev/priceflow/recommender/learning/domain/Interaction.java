package dev.priceflow.recommender.learning.domain;

/** One implicit-feedback observation: {@code user} interacted with {@code item}, with a positive strength. */
public record Interaction(String user, String item, double weight, long timestamp) {

    public Interaction {
        if (user == null || user.isEmpty() || item == null || item.isEmpty()) {
            throw new IllegalArgumentException("user and item must be non-empty");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be a positive finite number, got " + weight);
        }
    }
}

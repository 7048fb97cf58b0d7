package dev.priceflow.pricing.optimize.domain;

/**
 * What a category's base price maximizes under expected demand: profit {@code (p - c) q(p)}, revenue
 * {@code p q(p)}, or revenue subject to a margin of at least the target ({@code (p - c) / p >= target}).
 */
public enum Objective {
    PROFIT,
    REVENUE,
    MARGIN_TARGET
}

package dev.priceflow.pricing.whatif.domain;

/** Where a SKU's expected units came from; MIXED only for a whole simulation. */
public enum DemandSource { FORECAST, DEFAULT_ELASTICITY, MIXED }

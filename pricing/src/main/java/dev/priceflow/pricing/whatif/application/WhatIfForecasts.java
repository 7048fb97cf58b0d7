package dev.priceflow.pricing.whatif.application;

import java.math.BigDecimal;
import reactor.core.publisher.Mono;

/** demand-forecast's what-if: expected units a day of a SKU at a price (empty: no forecast for it). */
public interface WhatIfForecasts {

    /** {@code bearer}: the caller's access token (what-if is a marketing operation in demand-forecast). */
    Mono<Double> unitsPerDay(String sku, BigDecimal price, String bearer);
}

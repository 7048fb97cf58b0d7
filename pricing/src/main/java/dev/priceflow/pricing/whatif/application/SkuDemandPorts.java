package dev.priceflow.pricing.whatif.application;

import dev.priceflow.pricing.optimize.application.OptimizeSettings;
import dev.priceflow.pricing.optimize.application.OptimizerPorts;

/** The demand sources of a simulation: what-if forecasts, and the fallback's published units and elasticities. */
public record SkuDemandPorts(WhatIfForecasts forecasts, OptimizerPorts.DemandForecasts published,
                             OptimizerPorts.Elasticities elasticities, OptimizeSettings optimizer) {
}

package dev.priceflow.profile.application;

import dev.priceflow.profile.domain.ProductFacts;
import java.util.Collection;
import java.util.Map;

/**
 * Category and list price of SKUs. A SKU the catalogue does not know is answered as
 * {@link ProductFacts#unknown}; an unreachable catalogue throws (the event is retried, not counted without facts).
 */
public interface Catalogue {

    Map<String, ProductFacts> facts(Collection<String> skus);
}

package dev.priceflow.forecast.elasticity.application;

import java.util.Map;

/** Read-only view of the product catalogue owned by pricing: the category of each known SKU. */
public interface Catalogue {

    /** SKU to category; empty when the catalogue cannot be read (the estimate then shrinks toward all SKUs). */
    Map<String, String> categories();
}

package dev.priceflow.trends.application;

import dev.priceflow.trends.domain.CatalogueEntry;
import java.util.Optional;

/** Our catalogue, as far as trends need it: category and list price of a SKU. Must answer from memory. */
public interface Catalogue {

    /** The category used for SKUs the catalogue does not know (yet). */
    String UNCATEGORISED = "uncategorised";

    Optional<CatalogueEntry> find(String sku);

    default String categoryOf(String sku) {
        return find(sku).map(CatalogueEntry::category).orElse(UNCATEGORISED);
    }
}

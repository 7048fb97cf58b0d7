package dev.priceflow.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ElasticsearchCatalogueTest {

    @Test
    void theSearchDocumentCarriesThePriceAsDecimalTextAndNeverTheCost() {
        ProductRow p = new ProductRow("85123A", "WHITE HANGING HEART T-LIGHT HOLDER", "candles-lights", "GBP",
                new BigDecimal("2.95"), new BigDecimal("1.44"), 456);

        assertThat(ElasticsearchCatalogue.document(p)).containsExactly(
                java.util.Map.entry("sku", "85123A"),
                java.util.Map.entry("name", "WHITE HANGING HEART T-LIGHT HOLDER"),
                java.util.Map.entry("category", "candles-lights"),
                java.util.Map.entry("listPrice", "2.95"),
                java.util.Map.entry("currency", "GBP"),
                java.util.Map.entry("stock", 456));
    }
}

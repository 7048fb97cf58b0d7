package dev.priceflow.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    private static final LocalDateTime AT = LocalDateTime.of(2011, 5, 1, 10, 0);

    static SaleLine line(String invoice, String sku, String description, String price, String customer) {
        return new SaleLine(invoice, sku, description, 1, AT, new BigDecimal(price), customer);
    }

    private static List<SaleLine> sales() {
        List<SaleLine> sales = new ArrayList<>();
        // 22423 is on three invoices, 85123A on two (with five lines), 71053 on one
        sales.add(line("1", "22423", "REGENCY CAKESTAND 3 TIER", "12.75", "1"));
        sales.add(line("2", "22423", "REGENCY CAKESTAND 3 TIER", "10.95", "1"));
        sales.add(line("3", "22423", "CAKESTAND REGENCY", "10.95", "2"));
        for (int i = 0; i < 4; i++) {
            sales.add(line("4", "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", "2.55", "3"));
        }
        sales.add(line("5", "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", "2.95", "3"));
        sales.add(line("6", "71053", "WHITE METAL LANTERN", "3.39", "3"));
        return sales;
    }

    @Test
    void bestSellersAreRankedByDistinctInvoicesNotLines() {
        List<ProductRow> top = Catalogue.bestSellers(sales(), 2, new Random(1));

        assertThat(top).extracting(ProductRow::sku).containsExactly("22423", "85123A");
    }

    @Test
    void nameIsTheModalDescriptionAndListPriceTheModalLinePrice() {
        ProductRow cakestand = Catalogue.bestSellers(sales(), 1, new Random(1)).getFirst();

        assertThat(cakestand.name()).isEqualTo("REGENCY CAKESTAND 3 TIER");
        assertThat(cakestand.listPrice()).isEqualTo(new BigDecimal("10.95"));
        assertThat(cakestand.category()).isEqualTo("baking");
        assertThat(cakestand.currency()).isEqualTo("GBP");
    }

    @Test
    void unitCostIsSixtyPercentOfTheLowestPriceRoundedHalfEven() {
        // lowest 10.95 * 0.60 = 6.57; lowest 2.55 * 0.60 = 1.53
        List<ProductRow> top = Catalogue.bestSellers(sales(), 2, new Random(1));

        assertThat(top).extracting(ProductRow::unitCost)
                .containsExactly(new BigDecimal("6.57"), new BigDecimal("1.53"));
        assertThat(Catalogue.pennies(new BigDecimal("0.225"))).isEqualTo(new BigDecimal("0.22"));
        assertThat(Catalogue.pennies(new BigDecimal("0.235"))).isEqualTo(new BigDecimal("0.24"));
    }

    @Test
    void stockIsInRangeAndTheSameForTheSameSeed() {
        List<ProductRow> first = Catalogue.bestSellers(sales(), 3, new Random(7));
        List<ProductRow> again = Catalogue.bestSellers(sales(), 3, new Random(7));

        assertThat(first).isEqualTo(again);
        assertThat(first).allSatisfy(p -> assertThat(p.stock()).isBetween(Catalogue.MIN_STOCK, Catalogue.MAX_STOCK));
    }
}

package dev.priceflow.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SaleLineTest {

    private static Optional<SaleLine> parse(String invoice, String code, String description, String quantity,
                                            String price, String customer) {
        return SaleLine.parse(java.util.List.of(invoice, code, description, quantity, "2010-12-01 08:26:00", price,
                customer, "United Kingdom"));
    }

    @Test
    void aMerchandiseSaleIsKeptWithUpperCaseSkuAndIntegerCustomerId() {
        SaleLine line = parse("536365", "85123a", "  WHITE   HANGING HEART ", "6", "2.55", "17850.0").orElseThrow();

        assertThat(line.sku()).isEqualTo("85123A");
        assertThat(line.description()).isEqualTo("WHITE HANGING HEART");
        assertThat(line.customerId()).isEqualTo("17850");
        assertThat(line.unitPrice()).isEqualByComparingTo(new BigDecimal("2.55"));
        assertThat(line.invoiceDate()).isEqualTo(LocalDateTime.of(2010, 12, 1, 8, 26));
    }

    @Test
    void aLineWithoutCustomerIsKeptForTheCatalogue() {
        assertThat(parse("536365", "71053", "WHITE METAL LANTERN", "6", "3.39", "")).get()
                .extracting(SaleLine::customerId).isNull();
    }

    @ParameterizedTest(name = "{6}")
    @CsvSource({
        "C536379, 22423, CAKESTAND, 1, 12.75, 17850.0, cancellation",
        "A563185, 22423, CAKESTAND, 1, 12.75, 17850.0, bad-debt adjustment",
        "536365, POST, POSTAGE, 1, 18.00, 12583.0, postage",
        "536365, DOT, DOTCOM POSTAGE, 1, 18.00, '', dotcom postage",
        "536365, M, Manual, 1, 2.00, '', manual",
        "536365, BANK CHARGES, Bank Charges, 1, 15.00, '', bank charges",
        "536365, AMAZONFEE, AMAZON FEE, 1, 15.00, '', amazon fee",
        "536365, gift_0001_20, Dotcomgiftshop Gift Voucher £20.00, 1, 17.02, '', gift voucher",
        "536365, DCGS0003, BOXED GLASS ASHTRAY, 1, 2.51, '', DCGS code",
        "536365, 22423, CAKESTAND, -2, 12.75, 17850.0, negative quantity",
        "536365, 22423, CAKESTAND, 2, 0.00, 17850.0, zero price",
        "536365, 22423, '', 2, 12.75, 17850.0, empty description"
    })
    void nonSalesAndNonProductsAreDropped(String invoice, String code, String description, String quantity,
                                          String price, String customer, String why) {
        assertThat(parse(invoice, code, description, quantity, price, customer)).isEmpty();
    }
}

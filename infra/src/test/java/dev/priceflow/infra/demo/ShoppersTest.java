package dev.priceflow.infra.demo;

import static dev.priceflow.infra.demo.CatalogueTest.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShoppersTest {

    private static final Map<String, String> CATEGORY = Map.of("BAG", "bags", "CLOCK", "clocks", "MUG", "mugs");

    private static final Map<String, BigDecimal> LIST = Map.of("BAG", new BigDecimal("1.00"),
            "CLOCK", new BigDecimal("1.00"), "MUG", new BigDecimal("1.00"));

    /** {@code invoices} invoices of {@code linesEach} lines at {@code price} (list price 1.00), cycling through skus. */
    private static void shopper(List<SaleLine> out, String customer, int invoices, int linesEach, String price,
                                String... skus) {
        for (int i = 0; i < invoices; i++) {
            for (int l = 0; l < linesEach; l++) {
                out.add(line(customer + "-" + i, skus[(i + l) % skus.length], "X", price, customer));
            }
        }
    }

    @Test
    void aliceHasTheMostInvoicesBobIsTheComparableSpenderFurthestBelowListAndWholesalersNeither() {
        List<SaleLine> lines = new ArrayList<>();
        shopper(lines, "10001", 300, 1, "0.10", "BAG", "CLOCK"); // wholesaler: too many invoices
        shopper(lines, "10002", 30, 2, "1.00", "BAG");           // alice: most invoices under the cap, spend 60
        shopper(lines, "10003", 60, 1, "1.00", "BAG", "MUG");    // over the cap too
        shopper(lines, "10004", 25, 1, "0.50", "BAG", "MUG");    // cheap, but 25 lines: too few for bob
        shopper(lines, "10005", 12, 5, "0.80", "CLOCK", "MUG");  // bob: spend 48, 20 % below list
        shopper(lines, "10007", 12, 5, "0.20", "CLOCK");         // deeper below list, but spend 12 < 30
        shopper(lines, "10008", 12, 5, "0.95", "MUG");           // comparable spend, 5 % below list
        shopper(lines, "10006", 2, 1, "1.00", "MUG");            // too few invoices to be sampled

        Shoppers.Selection picked = Shoppers.pick(lines, CATEGORY, LIST, 5, new Random(3));

        assertThat(picked.customers()).extracting(CustomerRow::userId, CustomerRow::demoUser,
                        CustomerRow::sourceCustomerId)
                .containsExactly(
                        tuple(Shoppers.ALICE, "alice", "10002"),
                        tuple(Shoppers.BOB, "bob", "10005"),
                        tuple("customer-10004", "", "10004"),
                        tuple("customer-10007", "", "10007"),
                        tuple("customer-10008", "", "10008"));
        assertThat(picked.alicePaidToList()).isCloseTo(1.0, offset(1e-9));
        assertThat(picked.bobPaidToList()).isCloseTo(0.8, offset(1e-9));
        assertThat(picked.aliceBobCosine()).isZero();
    }

    @Test
    void cosineIsOneForTheSameMixAndZeroForDisjointOnes() {
        assertThat(Shoppers.cosine(Map.of("a", 2, "b", 4), Map.of("a", 1, "b", 2))).isCloseTo(1.0,
                offset(1e-12));
        assertThat(Shoppers.cosine(Map.of("a", 2), Map.of("b", 2))).isZero();
    }
}

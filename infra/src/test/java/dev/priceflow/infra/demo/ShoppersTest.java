package dev.priceflow.infra.demo;

import static dev.priceflow.infra.demo.CatalogueTest.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShoppersTest {

    private static final Map<String, String> CATEGORY = Map.of("BAG", "bags", "CLOCK", "clocks", "MUG", "mugs");

    /** {@code invoices} invoices of one line each, cycling through {@code skus}. */
    private static void shopper(List<SaleLine> out, String customer, int invoices, String... skus) {
        for (int i = 0; i < invoices; i++) {
            out.add(line(customer + "-" + i, skus[i % skus.length], "X", "1.00", customer));
        }
    }

    @Test
    void alicesAreTheMostInvoicesBobTheLeastSimilarMixAndWholesalersNeither() {
        List<SaleLine> lines = new ArrayList<>();
        shopper(lines, "10001", 300, "BAG", "CLOCK");       // wholesaler: too many invoices
        shopper(lines, "10002", 30, "BAG");                 // alice: most invoices under the cap
        shopper(lines, "10003", 60, "BAG", "MUG");          // over the cap too
        shopper(lines, "10004", 25, "BAG", "MUG");
        shopper(lines, "10005", 12, "CLOCK");               // bob: nothing in common with alice
        for (int i = 0; i < 12; i++) {
            lines.add(line("10005-extra-" + i, "CLOCK", "X", "1.00", "10005"));
            lines.add(line("10005-" + i, "CLOCK", "X", "1.00", "10005"));
            lines.add(line("10005-" + i, "MUG", "X", "1.00", "10005"));
            lines.add(line("10005-" + i, "MUG", "X", "1.00", "10005"));
        }
        shopper(lines, "10006", 2, "MUG");                  // too few invoices to be sampled

        Shoppers.Selection picked = Shoppers.pick(lines, CATEGORY, 5, new Random(3));

        assertThat(picked.customers()).extracting(CustomerRow::userId, CustomerRow::demoUser,
                        CustomerRow::sourceCustomerId)
                .containsExactly(
                        tuple(Shoppers.ALICE, "alice", "10002"),
                        tuple(Shoppers.BOB, "bob", "10005"),
                        tuple("customer-10004", "", "10004"));
        assertThat(picked.aliceBobCosine()).isZero();
    }

    @Test
    void cosineIsOneForTheSameMixAndZeroForDisjointOnes() {
        assertThat(Shoppers.cosine(Map.of("a", 2, "b", 4), Map.of("a", 1, "b", 2))).isCloseTo(1.0,
                offset(1e-12));
        assertThat(Shoppers.cosine(Map.of("a", 2), Map.of("b", 2))).isZero();
    }
}

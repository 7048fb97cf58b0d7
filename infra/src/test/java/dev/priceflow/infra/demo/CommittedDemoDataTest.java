package dev.priceflow.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.Sku;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The files in infra/demo-data (tests run with infra/ as working directory) are consistent and small. */
class CommittedDemoDataTest {

    private static final Path DIR = Path.of("demo-data");
    private final DemoData data = DemoData.read(DIR);

    @Test
    void productsAreValidSkusWithPositivePricesAndCostsBelowThem() {
        assertThat(data.products()).hasSize(DemoDataDeriver.PRODUCTS);
        assertThat(data.products()).extracting(ProductRow::sku).doesNotHaveDuplicates().allMatch(Sku::isWellFormed);
        assertThat(data.products()).allSatisfy(p -> {
            assertThat(p.listPrice()).isPositive();
            assertThat(p.listPrice().scale()).isEqualTo(2);
            assertThat(p.unitCost()).isLessThan(p.listPrice()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            assertThat(p.currency()).isEqualTo("GBP");
            assertThat(p.name()).isNotBlank();
        });
    }

    @Test
    void aliceAndBobAreMappedAndEveryPurchaseBelongsToAKnownUserAndProduct() {
        assertThat(data.customers()).extracting(CustomerRow::userId)
                .startsWith(Shoppers.ALICE, Shoppers.BOB).doesNotHaveDuplicates();
        Set<String> users = data.customers().stream().map(CustomerRow::userId).collect(Collectors.toSet());
        Set<String> skus = data.products().stream().map(ProductRow::sku).collect(Collectors.toSet());
        assertThat(data.purchases()).isNotEmpty().allSatisfy(p -> {
            assertThat(users).contains(p.userId());
            assertThat(skus).contains(p.sku());
        });
        assertThat(data.purchases()).filteredOn(p -> p.userId().equals(Shoppers.ALICE)).hasSizeGreaterThan(100);
        assertThat(data.purchases()).filteredOn(p -> p.userId().equals(Shoppers.BOB)).hasSizeGreaterThan(20);
    }

    @Test
    void everyInvoiceBecomesAValidEvent() {
        assertThat(PurchaseEvents.from(data.purchases(), Clock.systemUTC())).hasSizeGreaterThan(100);
    }

    @Test
    void theFilesStayCommitSized() throws IOException {
        long bytes;
        try (Stream<Path> files = Files.list(DIR)) {
            bytes = files.mapToLong(f -> f.toFile().length()).sum();
        }
        assertThat(bytes).isLessThan(512 * 1024);
    }
}

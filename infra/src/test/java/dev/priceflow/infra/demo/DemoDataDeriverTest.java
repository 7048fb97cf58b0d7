package dev.priceflow.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed demo data is exactly what the deriver makes from the shared source file, every time. */
class DemoDataDeriverTest {

    private static final Path SOURCE = Path.of("../../shared/data/online-retail/transactions.csv.gz");

    @Test
    void derivingTwiceGivesTheCommittedFilesByteForByte(@TempDir Path out) throws IOException {
        // The source data set lives beside the checkout (development machines and CI have it); a bare clone
        // elsewhere cannot re-derive, but the committed files are still checked by the loader's tests.
        assumeTrue(Files.isRegularFile(SOURCE), "source data set not found at " + SOURCE.toAbsolutePath());

        DemoDataDeriver.main(new String[] {SOURCE.toString(), out.toString()});

        for (String file : new String[] {"products.csv", "customers.csv", "purchases.csv", "README.md"}) {
            assertThat(Files.readString(out.resolve(file)))
                    .as(file + " differs from infra/demo-data: regenerate it with DemoDataDeriver")
                    .isEqualTo(Files.readString(Path.of("demo-data", file)));
        }
    }
}

package dev.priceflow.forecast.history.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.forecast.history.domain.DailySales;
import dev.priceflow.forecast.history.domain.ImportSummary;
import dev.priceflow.forecast.history.domain.SalesCsv;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportSalesTest {

    private final InMemorySalesHistory history = new InMemorySalesHistory();
    private final ImportSales importSales = new ImportSales(new SalesCsv(100), history);
    private final List<String> progress = new ArrayList<>();

    @Test
    void aValidFileReplacesItsRowsInOneWrite() {
        history.rows.put("A1|2026-01-01", new DailySales("A1", LocalDate.parse("2026-01-01"), 9, BigDecimal.TEN, 0));

        ImportSales.Outcome outcome = importSales.importCsv(
                "sku,day,units,revenue\nA1,2026-01-01,2,5.00\nA1,2026-01-02,1,2.50\n".lines().iterator(), progress::add);

        assertThat(outcome).isEqualTo(new ImportSales.Outcome.Imported(
                new ImportSummary(2, 1, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-02"))));
        assertThat(history.replaceCalls).isEqualTo(1);
        assertThat(history.row("A1", "2026-01-01").units()).isEqualTo(2);
        assertThat(progress).contains("validating", "written 2/2 rows");
    }

    @Test
    void aFileWithOneBadLineWritesNothing() {
        ImportSales.Outcome outcome = importSales.importCsv(
                "sku,day,units,revenue\nA1,2026-01-01,2,5.00\nA1,2026-01-02,-1,2.50\n".lines().iterator(), progress::add);

        assertThat(outcome).isInstanceOfSatisfying(ImportSales.Outcome.Rejected.class, r -> {
            assertThat(r.totalErrors()).isEqualTo(1);
            assertThat(r.errors().getFirst().line()).isEqualTo(3);
        });
        assertThat(history.replaceCalls).isZero();
        assertThat(history.rows).isEmpty();
    }
}

package dev.priceflow.forecast.history.application;

import dev.priceflow.forecast.history.domain.ImportSummary;
import dev.priceflow.forecast.history.domain.LineError;
import dev.priceflow.forecast.history.domain.SalesCsv;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Bulk import of sales history, all or nothing: every line is validated first; a file with any bad line
 * writes nothing and reports the bad lines (capped); a valid file replaces its (sku, day) rows in one
 * transaction. Blocking: call it off the event loop.
 */
public final class ImportSales {

    private static final int PROGRESS_EVERY = 50_000;

    private final SalesCsv csv;
    private final SalesHistory history;

    public ImportSales(SalesCsv csv, SalesHistory history) {
        this.csv = csv;
        this.history = history;
    }

    public Outcome importCsv(Iterator<String> lines, Consumer<String> progress) {
        progress.accept("validating");
        return switch (csv.validate(lines)) {
            case SalesCsv.Result.Invalid invalid -> new Outcome.Rejected(invalid.errors(), invalid.totalErrors());
            case SalesCsv.Result.Valid valid -> {
                int total = valid.rows().size();
                progress.accept("valid: " + total + " rows, " + valid.summary().skus() + " SKUs; writing");
                int[] reported = {0};
                history.replaceAll(valid.rows(), written -> {
                    if (written - reported[0] >= PROGRESS_EVERY || written == total) {
                        reported[0] = written;
                        progress.accept("written " + written + "/" + total + " rows");
                    }
                });
                yield new Outcome.Imported(valid.summary());
            }
        };
    }

    public sealed interface Outcome {
        record Imported(ImportSummary summary) implements Outcome {
        }

        /** Nothing was written. {@code errors} holds at most the cap; {@code totalErrors} counts them all. */
        record Rejected(List<LineError> errors, long totalErrors) implements Outcome {
        }
    }
}

package dev.priceflow.forecast.history.adapter.cli;

import dev.priceflow.forecast.history.application.ImportSales;
import dev.priceflow.forecast.history.domain.ImportSummary;
import dev.priceflow.forecast.history.domain.LineError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar demand-forecast.jar import-sales FILE.csv}: the all-or-nothing sales import as a non-web
 * run of the service (no HTTP server, no event consumer, lazily created beans; Flyway still migrates first).
 * Exit status: 0 imported, 1 bad lines (listed, nothing written), 2 usage or unreadable file, 3 other failure.
 */
public final class ImportSalesCommand {

    public static final String NAME = "import-sales";

    private ImportSalesCommand() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || args[1].startsWith("--")) {
            err.println("usage: import-sales FILE.csv   (header sku,day,units,revenue[,onPromotion])");
            return 2;
        }
        Path file = Path.of(args[1]);
        if (!Files.isReadable(file) || Files.isDirectory(file)) {
            err.println("import-sales: cannot read " + file);
            return 2;
        }
        String[] springArgs = Arrays.copyOfRange(args, 2, args.length);
        out.println("import-sales: starting (file " + file + ")");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("priceflow.forecast.history.consume=false", "spring.main.lazy-initialization=true",
                        "spring.main.banner-mode=off", "logging.level.root=WARN")
                .run(springArgs);
             BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ImportSales importSales = context.getBean(ImportSales.class);
            ImportSales.Outcome outcome = importSales.importCsv(reader.lines().iterator(),
                    step -> out.println("import-sales: " + step));
            return report(outcome, file, out, err);
        } catch (UncheckedIOException | IOException e) {
            err.println("import-sales: cannot read " + file + " as UTF-8 text: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("import-sales: failed, nothing imported: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 3;
        }
    }

    private static int report(ImportSales.Outcome outcome, Path file, PrintStream out, PrintStream err) {
        return switch (outcome) {
            case ImportSales.Outcome.Imported imported -> {
                ImportSummary s = imported.summary();
                out.println("import-sales: imported " + s.rows() + " rows, " + s.skus() + " SKUs, " + s.from()
                        + " to " + s.to());
                yield 0;
            }
            case ImportSales.Outcome.Rejected rejected -> {
                err.println("import-sales: " + file + " has " + rejected.totalErrors()
                        + " bad line(s); nothing was imported");
                for (LineError e : rejected.errors()) {
                    err.println("  " + e);
                }
                if (rejected.totalErrors() > rejected.errors().size()) {
                    err.println("  … and " + (rejected.totalErrors() - rejected.errors().size()) + " more");
                }
                yield 1;
            }
        };
    }
}

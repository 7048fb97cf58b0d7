package dev.priceflow.bench;

import dev.priceflow.bench.http.HttpLoad;
import dev.priceflow.bench.stats.ResultTable;
import dev.priceflow.bench.stats.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The load generator of {@code ./priceflow bench}: runs every target against the running stack (baseline
 * app first) and prints one Markdown table with ratios against the baseline measured in the same run.
 * Progress lines (with the load average) and the table go to stdout as Markdown. Exit 2 on bad options.
 */
public final class BenchMain {

    /** Used when no catalogue file is given: SKUs of the demo catalogue (infra/demo-data/products.csv). */
    static final List<String> DEFAULT_SKUS = List.of("85123A", "85099B", "22423", "47566", "20725");

    private BenchMain() {
    }

    public static void main(String[] args) throws IOException {
        // the Kafka clients log every setting at INFO; the table is the output
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        List<String> skus = options.catalogue() == null ? DEFAULT_SKUS : skus(Path.of(options.catalogue()));
        System.out.printf("- warm-up %d s + measured %d s per target, %d connections (closed loop), %d SKUs%n",
                options.warmup().toSeconds(), options.measured().toSeconds(), options.connections(), skus.size());
        List<RunResult> results;
        try (HttpLoad load = new HttpLoad(64)) {
            results = new Suite(options, skus, load, name -> System.out.printf("- %s %s starts, load average %s%n",
                    Instant.now().truncatedTo(ChronoUnit.SECONDS), name, loadAverage())).run();
        }
        System.out.printf("- %s done, load average %s%n%n", Instant.now().truncatedTo(ChronoUnit.SECONDS),
                loadAverage());
        System.out.print(ResultTable.render(results));
        System.exit(0); // Reactor Netty's event loops are daemon threads, Kafka's are closed; be explicit anyway
    }

    /** The first column of a CSV with a header line (products.csv: sku,name,...). */
    static List<String> skus(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",", 2)[0].trim())
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }
}

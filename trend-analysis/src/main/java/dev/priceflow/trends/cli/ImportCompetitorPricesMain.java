package dev.priceflow.trends.cli;

import dev.priceflow.trends.adapter.kafka.KafkaCompetitorPrices;
import dev.priceflow.trends.application.CompetitorPrices;
import dev.priceflow.trends.application.ObservationRules;
import dev.priceflow.trends.domain.CatalogueEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./priceflow import-competitor-prices FILE.csv [--sku-map MAP.csv]}: all-or-nothing import of competitor
 * prices into market.competitor-prices (one Kafka transaction). Every bad line is printed with its number and
 * nothing is sent. Exit: 0 imported, 1 bad lines, 2 usage, 3 Kafka or PostgreSQL unavailable.
 */
public final class ImportCompetitorPricesMain {

    static final String DEFAULT_SKU_MAP = "retail-price-sku-map.csv";
    private static final int MAX_ERRORS_SHOWN = 50;

    private ImportCompetitorPricesMain() {
    }

    public static void main(String[] args) {
        // the Kafka client's INFO chatter would bury the line-numbered errors
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length != 1 && !(args.length == 3 && args[1].equals("--sku-map"))) {
            System.err.println("usage: import-competitor-prices FILE.csv [--sku-map MAP.csv]");
            return 2;
        }
        try {
            List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
            boolean retail = !lines.isEmpty() && CompetitorPriceCsv.isRetailPrice(lines.getFirst());
            Map<String, String> skuMap = retail ? skuMap(args.length == 3 ? Path.of(args[2]) : null) : Map.of();
            Map<String, CatalogueEntry> catalogue = retail ? catalogue() : Map.of();
            CompetitorPriceCsv.Result result = CompetitorPriceCsv.read(lines, skuMap, catalogue, Clock.systemUTC());
            if (!result.errors().isEmpty()) {
                result.errors().stream().limit(MAX_ERRORS_SHOWN).forEach(System.err::println);
                if (result.errors().size() > MAX_ERRORS_SHOWN) {
                    System.err.println("... and " + (result.errors().size() - MAX_ERRORS_SHOWN) + " more");
                }
                System.err.println("import-competitor-prices: " + result.errors().size()
                        + " error(s); nothing was imported");
                return 1;
            }
            try (KafkaCompetitorPrices kafka = new KafkaCompetitorPrices(env("PRICEFLOW_KAFKA", "127.0.0.1:19092"),
                    Duration.ofSeconds(30))) {
                kafka.publish(result.observations().stream().map(ObservationRules::toEvent).toList());
            }
            System.out.println("import-competitor-prices: imported " + result.observations().size()
                    + " observations from " + (lines.size() - 1) + " lines"
                    + (retail ? " (retail-price format, rebased on our list prices)" : ""));
            return 0;
        } catch (IOException e) {
            System.err.println("import-competitor-prices: cannot read " + e.getMessage());
            return 2;
        } catch (SQLException | CompetitorPrices.Unavailable e) {
            System.err.println("import-competitor-prices: FAILED, nothing was imported: " + e.getMessage());
            return 3;
        }
    }

    static Map<String, String> skuMap(Path file) throws IOException {
        List<String> lines;
        if (file == null) {
            try (InputStream in = ImportCompetitorPricesMain.class.getResourceAsStream(DEFAULT_SKU_MAP)) {
                lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
        } else {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        }
        Map<String, String> map = new HashMap<>();
        for (String line : lines) {
            String[] cells = line.strip().split(",");
            if (cells.length == 2 && !line.startsWith("#") && !cells[0].equals("product_id")) {
                map.put(cells[0].strip(), cells[1].strip());
            }
        }
        return map;
    }

    private static Map<String, CatalogueEntry> catalogue() throws SQLException {
        DriverManager.setLoginTimeout(5);
        Map<String, CatalogueEntry> out = new HashMap<>();
        try (Connection c = DriverManager.getConnection(
                env("PRICEFLOW_PG_URL", "jdbc:postgresql://127.0.0.1:15432/priceflow"),
                env("PRICEFLOW_PG_USER", "priceflow"), env("PRICEFLOW_PG_PASSWORD", "priceflow"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sku, category, list_price, currency FROM pricing.product")) {
            while (rs.next()) {
                out.put(rs.getString(1), new CatalogueEntry(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                        rs.getString(4)));
            }
        }
        return out;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

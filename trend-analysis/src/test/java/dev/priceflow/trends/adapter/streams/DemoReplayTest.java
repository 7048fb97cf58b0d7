package dev.priceflow.trends.adapter.streams;

import static dev.priceflow.trends.adapter.streams.TopologyFixture.last;
import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.Money;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.trends.application.Catalogue;
import dev.priceflow.trends.domain.CatalogueEntry;
import dev.priceflow.trends.domain.TrendSettings;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The committed demo history (infra/demo-data), from 2011-12-01 on, replayed twice with the same event ids as
 * infra's DemoLoader does on every start: the second replay is not counted, and the last demo day gets a baseline.
 */
class DemoReplayTest {

    private static final Path DEMO = Path.of("../infra/demo-data");
    private static final Instant FROM = Instant.parse("2011-12-01T00:00:00Z");
    private static final String SPLIT = ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)";

    @Test
    void replayingTheDemoHistoryTwiceCountsEachOrderOnce() throws Exception {
        Map<String, CatalogueEntry> products = new HashMap<>();
        for (String line : Files.readAllLines(DEMO.resolve("products.csv"), StandardCharsets.UTF_8).stream().skip(1)
                .toList()) {
            String[] c = line.split(SPLIT);
            products.put(c[0], new CatalogueEntry(c[0], c[2], new BigDecimal(c[4]), c[3]));
        }
        Catalogue catalogue = sku -> Optional.ofNullable(products.get(sku));
        List<PurchaseCompleted> events = purchases();
        try (TopologyFixture fx = new TopologyFixture(TrendSettings.defaults(), catalogue)) {
            events.forEach(fx::send);
            List<JsonNode> first = fx.drain();
            events.forEach(fx::send);
            List<JsonNode> second = fx.drain();

            JsonNode boxes = last(first, "CategoryMomentum", "day", "category", "boxes-tins");
            assertThat(boxes.get("windowStart").asString()).isEqualTo("2011-12-08T00:00:00Z");
            // 3 orders that day hold 8 distinct boxes-tins SKUs (counted with a script from purchases.csv)
            assertThat(boxes.get("purchases").asLong()).isEqualTo(8);
            assertThat(boxes.get("baselineMean").asDouble()).isGreaterThan(0);
            assertThat(second).as("a replay with the same event ids changes nothing").isEmpty();
        }
    }

    /** One PurchaseCompleted per (user, invoice), ids as infra's PurchaseEvents makes them. */
    private static List<PurchaseCompleted> purchases() throws Exception {
        Map<String, List<String[]>> byInvoice = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DEMO.resolve("purchases.csv"), StandardCharsets.UTF_8).stream().skip(1)
                .toList()) {
            String[] c = line.split(SPLIT);
            if (!Instant.parse(c[2]).isBefore(FROM)) {
                byInvoice.computeIfAbsent(c[0] + "\n" + c[1], k -> new ArrayList<>()).add(c);
            }
        }
        List<PurchaseCompleted> out = new ArrayList<>();
        for (List<String[]> lines : byInvoice.values()) {
            String[] f = lines.getFirst();
            out.add(new PurchaseCompleted(UUID.nameUUIDFromBytes(("priceflow-demo:" + f[1] + ":" + f[0])
                    .getBytes(StandardCharsets.UTF_8)), Instant.parse(f[2]), 1, f[0], f[1], lines.stream()
                    .map(l -> new PurchaseCompleted.Line(l[3], Integer.parseInt(l[4]), Money.of(l[5], "GBP")))
                    .toList()));
        }
        out.sort((a, b) -> a.occurredAt().compareTo(b.occurredAt()));
        return out;
    }
}

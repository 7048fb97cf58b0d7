package dev.priceflow.trends.adapter.streams;

import dev.priceflow.contracts.Money;
import dev.priceflow.contracts.Topics;
import dev.priceflow.contracts.events.AddedToCart;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.CompetitorPriceObserved;
import dev.priceflow.contracts.events.ProductViewed;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.trends.application.Catalogue;
import dev.priceflow.trends.domain.CatalogueEntry;
import dev.priceflow.trends.domain.TrendSettings;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.BuiltInDslStoreSuppliers;
import org.apache.kafka.streams.test.TestRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A TopologyTestDriver around the trend topology with a fixed catalogue and a fixed clock. */
final class TopologyFixture implements AutoCloseable {

    static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Map<String, CatalogueEntry> CATALOGUE = Map.of(
            "MUG-1", new CatalogueEntry("MUG-1", "mugs", new BigDecimal("10.00"), "GBP"),
            "MUG-2", new CatalogueEntry("MUG-2", "mugs", new BigDecimal("4.00"), "GBP"),
            "MUG-3", new CatalogueEntry("MUG-3", "mugs", new BigDecimal("6.00"), "GBP"),
            "BAG-1", new CatalogueEntry("BAG-1", "bags", new BigDecimal("3.00"), "GBP"));
    static final Catalogue FIXED = sku -> Optional.ofNullable(CATALOGUE.get(sku));

    final TopologyTestDriver driver;
    final TestInputTopic<String, String> events;
    final TestInputTopic<String, String> competitorPrices;
    final TestOutputTopic<String, String> signals;
    final TestOutputTopic<String, String> deadLetters;

    TopologyFixture() {
        this(TrendSettings.defaults());
    }

    /** The defaults with a 6-window hourly baseline, so momentum tests need fewer events. */
    static TrendSettings shortBaseline() {
        TrendSettings d = TrendSettings.defaults();
        return new TrendSettings(d.hourGrace(), d.dayGrace(), 6, d.dayBaselineWindows(), d.viewWeight(),
                d.cartWeight(), d.purchaseWeight(), d.spikeZ(), d.dropZ(), d.minStdDev(), d.minSpikeScore(),
                d.minDropBaseline(), d.topRising(), d.competitorFreshness(), d.dedupHorizon());
    }

    TopologyFixture(TrendSettings settings) {
        this(settings, FIXED);
    }

    TopologyFixture(TrendSettings settings, Catalogue catalogue) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "trend-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        // in-memory DSL stores keep the tests fast; the service itself runs on RocksDB
        props.put(StreamsConfig.DSL_STORE_SUPPLIERS_CLASS_CONFIG,
                BuiltInDslStoreSuppliers.InMemoryDslStoreSuppliers.class);
        try {
            props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("trend-test").toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        Clock clock = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
        driver = new TopologyTestDriver(TrendTopology.buildTopology(settings, catalogue, clock), props);
        events = driver.createInputTopic(Topics.COMMERCE_EVENTS, new StringSerializer(), new StringSerializer());
        competitorPrices = driver.createInputTopic(Topics.COMPETITOR_PRICES, new StringSerializer(),
                new StringSerializer());
        signals = driver.createOutputTopic(Topics.TREND_SIGNALS, new StringDeserializer(), new StringDeserializer());
        deadLetters = driver.createOutputTopic(Topics.COMMERCE_EVENTS_DLT, new StringDeserializer(),
                new StringDeserializer());
    }

    void send(CommerceEvent event) {
        // the record timestamp is deliberately wrong: event time must come from occurredAt
        events.pipeInput(new TestRecord<>(event.partitionKey(), JSON.writeValueAsString(event), Instant.EPOCH));
    }

    void sendCompetitor(CompetitorPriceObserved event) {
        competitorPrices.pipeInput(event.partitionKey(), JSON.writeValueAsString(event), Instant.EPOCH);
    }

    /** Every signal emitted since the last call, parsed. */
    List<JsonNode> drain() {
        List<JsonNode> out = new ArrayList<>();
        for (String value : signals.readValuesToList()) {
            out.add(JSON.readTree(value));
        }
        return out;
    }

    static List<JsonNode> ofType(List<JsonNode> signals, String type, String window) {
        return signals.stream().filter(s -> s.get("type").asString().equals(type))
                .filter(s -> window == null || window.equals(s.get("window").asString())).toList();
    }

    /** The last signal of a type, window and key field value. */
    static JsonNode last(List<JsonNode> signals, String type, String window, String field, String value) {
        List<JsonNode> matching = ofType(signals, type, window).stream()
                .filter(s -> s.get(field).asString().equals(value)).toList();
        if (matching.isEmpty()) {
            throw new AssertionError("no " + type + "/" + window + " signal with " + field + "=" + value + " in "
                    + signals);
        }
        return matching.getLast();
    }

    static ProductViewed view(String user, String sku, Instant at) {
        return new ProductViewed(UUID.randomUUID(), at, 1, user, sku, "web");
    }

    static AddedToCart cart(String user, String sku, Instant at) {
        return new AddedToCart(UUID.randomUUID(), at, 1, user, sku, 1, Money.of("1.00", "GBP"));
    }

    static PurchaseCompleted purchase(String user, Instant at, String... skus) {
        List<PurchaseCompleted.Line> lines = new ArrayList<>();
        for (String sku : skus) {
            lines.add(new PurchaseCompleted.Line(sku, 1, Money.of("1.00", "GBP")));
        }
        return new PurchaseCompleted(UUID.randomUUID(), at, 1, user, "order-" + UUID.randomUUID(), lines);
    }

    static CompetitorPriceObserved competitor(String sku, String competitor, String price, String currency,
                                              Instant at) {
        return new CompetitorPriceObserved(UUID.randomUUID(), at, 1, sku, competitor, Money.of(price, currency));
    }

    @Override
    public void close() {
        driver.close();
    }
}

package dev.priceflow.trends.adapter.streams;

import dev.priceflow.contracts.Topics;
import dev.priceflow.contracts.events.AddedToCart;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.CompetitorPriceObserved;
import dev.priceflow.contracts.events.EventValidator;
import dev.priceflow.contracts.events.ProductViewed;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.trends.application.Catalogue;
import dev.priceflow.trends.domain.Activity;
import dev.priceflow.trends.domain.ActivityKind;
import dev.priceflow.trends.domain.CompetitorBoard;
import dev.priceflow.trends.domain.CompetitorObservation;
import dev.priceflow.trends.domain.TrendSettings;
import dev.priceflow.trends.domain.TrendWindow;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The trend topology (see docs/trend-analysis.md for the picture):
 * commerce.events → parse (corrupt → commerce.events.dlt) → drop duplicate event ids → one {@link Activity} per
 * viewed/carted/bought SKU → windowed counts per product and per category (hour, day) → momentum → signals;
 * product momentum → top rising products per category; market.competitor-prices → latest price per competitor
 * → price index. Everything leaves on trends.signals as JSON.
 */
public final class TrendTopology {

    static final String EVENT_IDS = "event-ids";
    static final String COMPETITOR_BOARD = "competitor-prices";
    private static final Serde<String> STRING = Serdes.String();
    private static final Serde<Activity> ACTIVITY = JsonSerde.of(Activity.class);
    private static final Serde<TrendSignal> SIGNAL = JsonSerde.of(TrendSignal.class);

    private TrendTopology() {
    }

    public static String countsStore(String of, TrendWindow window) {
        return of + "-counts-" + window.label();
    }

    public static Topology buildTopology(TrendSettings settings, Catalogue catalogue, Clock clock) {
        StreamsBuilder builder = new StreamsBuilder();
        EventValidator validator = new EventValidator(clock);
        Produced<String, TrendSignal> toSignals = Produced.with(STRING, SIGNAL);

        KStream<String, CommerceEvent> events = parsed(builder, Topics.COMMERCE_EVENTS, "events", validator,
                CommerceEvent.class);
        builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(EVENT_IDS,
                settings.dedupHorizon().multipliedBy(2), settings.dedupHorizon(), false), STRING, Serdes.Long()));
        KStream<String, Activity> activities = events
                .processValues(() -> new DropDuplicates(EVENT_IDS, settings.dedupHorizon()), Named.as("drop-duplicates"),
                        EVENT_IDS)
                .flatMap((userId, event) -> activities(event, catalogue), Named.as("activities"));
        KStream<String, Activity> bySku = activities.repartition(
                Repartitioned.with(STRING, ACTIVITY).withName("activity-by-sku"));
        KStream<String, Activity> byCategory = activities
                .selectKey((sku, a) -> a.category(), Named.as("key-by-category"))
                .repartition(Repartitioned.with(STRING, ACTIVITY).withName("activity-by-category"));

        for (TrendWindow window : TrendWindow.values()) {
            KStream<String, Reading> products = WindowedCounts.momentum(bySku, countsStore("product", window),
                    window, settings);
            products.mapValues(r -> (TrendSignal) r.asProduct(), Named.as("product-signal-" + window.label()))
                    .to(Topics.TREND_SIGNALS, toSignals);
            WindowedCounts.momentum(byCategory, countsStore("category", window), window, settings)
                    .mapValues(r -> (TrendSignal) r.asCategory(), Named.as("category-signal-" + window.label()))
                    .to(Topics.TREND_SIGNALS, toSignals);
            WindowedCounts.rising(products, window, settings).to(Topics.TREND_SIGNALS, toSignals);
        }

        parsed(builder, Topics.COMPETITOR_PRICES, "competitor-prices", validator, CompetitorPriceObserved.class)
                .mapValues(e -> observation((CompetitorPriceObserved) e), Named.as("observation"))
                .groupByKey(Grouped.with(STRING, JsonSerde.of(CompetitorObservation.class))
                        .withName("competitor-prices-by-sku"))
                .aggregate(CompetitorBoard::empty, (sku, observation, board) -> board.with(observation),
                        Named.as("competitor-board"),
                        Materialized.<String, CompetitorBoard, KeyValueStore<Bytes, byte[]>>as(COMPETITOR_BOARD)
                                .withKeySerde(STRING).withValueSerde(JsonSerde.of(CompetitorBoard.class)))
                .toStream(Named.as("competitor-board-updates"))
                .flatMapValues((sku, board) -> PriceIndexSignal.of(catalogue, sku, board, settings),
                        Named.as("price-index"))
                .to(Topics.TREND_SIGNALS, toSignals);
        return builder.build();
    }

    /** Reads a topic as events; unreadable, invalid or mis-keyed records go to the dead-letter topic. */
    private static KStream<String, CommerceEvent> parsed(StreamsBuilder builder, String topic, String name,
                                                         EventValidator validator,
                                                         Class<? extends CommerceEvent> expected) {
        Map<String, KStream<String, Parsed>> branches = builder
                .stream(topic, Consumed.with(STRING, STRING).withTimestampExtractor(new OccurredAtExtractor())
                        .withName(name + "-source"))
                .mapValues((key, raw) -> keyChecked(key, Parsed.read(key, raw, validator, expected)),
                        Named.as(name + "-parse"))
                .split(Named.as(name + "-"))
                .branch((key, parsed) -> parsed.failed(), Branched.as("corrupt"))
                .defaultBranch(Branched.as("ok"));
        branches.get(name + "-corrupt")
                .processValues(DeadLetter::new, Named.as(name + "-dead-letter"))
                .to(Topics.COMMERCE_EVENTS_DLT, Produced.with(STRING, STRING));
        return branches.get(name + "-ok").mapValues(Parsed::event, Named.as(name + "-event"));
    }

    private static Parsed keyChecked(String key, Parsed parsed) {
        if (!parsed.failed() && parsed.event() instanceof CompetitorPriceObserved c && !c.sku().equals(key)) {
            return new Parsed(null, parsed.raw(), "record key '" + key + "' is not the event's sku");
        }
        return parsed;
    }

    static List<KeyValue<String, Activity>> activities(CommerceEvent event, Catalogue catalogue) {
        return switch (event) {
            case ProductViewed e -> List.of(activity(e.sku(), ActivityKind.VIEW, catalogue));
            case AddedToCart e -> List.of(activity(e.sku(), ActivityKind.CART, catalogue));
            case PurchaseCompleted e -> e.lines().stream().map(PurchaseCompleted.Line::sku).distinct()
                    .map(sku -> activity(sku, ActivityKind.PURCHASE, catalogue)).toList();
            default -> List.of();
        };
    }

    private static KeyValue<String, Activity> activity(String sku, ActivityKind kind, Catalogue catalogue) {
        return KeyValue.pair(sku, new Activity(sku, catalogue.categoryOf(sku), kind));
    }

    private static CompetitorObservation observation(CompetitorPriceObserved e) {
        return new CompetitorObservation(e.competitor(), e.price().amount(), e.price().currency(), e.occurredAt());
    }
}

package dev.priceflow.trends.adapter.streams;

import dev.priceflow.trends.domain.Activity;
import dev.priceflow.trends.domain.RisingBoard;
import dev.priceflow.trends.domain.TrendSettings;
import dev.priceflow.trends.domain.TrendWindow;
import dev.priceflow.trends.domain.WindowCounts;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.WindowStore;

/** The windowed parts of the topology: tumbling-window counts with momentum, and the rising-products board. */
final class WindowedCounts {

    private WindowedCounts() {
    }

    static TimeWindows windows(TrendWindow window, TrendSettings settings) {
        return TimeWindows.ofSizeAndGrace(window.size(), window.grace(settings));
    }

    /** Counts of {@code activities} per key in tumbling windows (store {@code store}), then their momentum. */
    static KStream<String, Reading> momentum(KStream<String, Activity> activities, String store, TrendWindow window,
                                             TrendSettings settings) {
        return activities
                .groupByKey(Grouped.with(Serdes.String(), JsonSerde.of(Activity.class)).withName(store + "-grouped"))
                .windowedBy(windows(window, settings))
                .aggregate(WindowCounts::empty, (key, activity, counts) -> counts.add(activity), Named.as(store),
                        Materialized.<String, WindowCounts, WindowStore<Bytes, byte[]>>as(store)
                                .withKeySerde(Serdes.String()).withValueSerde(JsonSerde.of(WindowCounts.class))
                                .withRetention(window.retention(settings)))
                .toStream(Named.as(store + "-updates"))
                .process(() -> new MomentumProcessor(store, window, settings), Named.as(store + "-momentum"), store);
    }

    /** Per category and window, the products with the highest positive momentum. */
    static KStream<String, TrendSignal> rising(KStream<String, Reading> products, TrendWindow window,
                                               TrendSettings settings) {
        String name = "rising-" + window.label();
        return products
                .selectKey((sku, reading) -> reading.counts().category(), Named.as(name + "-by-category"))
                .groupByKey(Grouped.with(Serdes.String(), JsonSerde.of(Reading.class)).withName(name))
                .windowedBy(windows(window, settings))
                .aggregate(RisingBoard::empty, (category, r, board) -> board.with(
                                new RisingBoard.Entry(r.key(), r.momentum().zScore(), r.momentum().score()),
                                settings.topRising()), Named.as(name + "-board"),
                        Materialized.<String, RisingBoard, WindowStore<Bytes, byte[]>>as(name)
                                .withKeySerde(Serdes.String()).withValueSerde(JsonSerde.of(RisingBoard.class))
                                .withRetention(window.size().plus(window.grace(settings))))
                .toStream(Named.as(name + "-updates"))
                .map((windowed, board) -> KeyValue.pair(windowed.key(), (TrendSignal) new TrendSignal.RisingProducts(
                        windowed.key(), window.label(), Instant.ofEpochMilli(windowed.window().start()),
                        Instant.ofEpochMilli(windowed.window().end()), board.entries().stream()
                                .filter(e -> e.zScore() > 0)
                                .map(e -> new TrendSignal.Rising(e.sku(), e.zScore(), e.score())).toList())),
                        Named.as(name + "-signal"));
    }
}

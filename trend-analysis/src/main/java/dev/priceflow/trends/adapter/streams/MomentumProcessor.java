package dev.priceflow.trends.adapter.streams;

import dev.priceflow.trends.domain.Momentum;
import dev.priceflow.trends.domain.TrendSettings;
import dev.priceflow.trends.domain.TrendWindow;
import dev.priceflow.trends.domain.WindowCounts;
import java.time.Instant;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Turns each update of a window's counts into a {@link Reading}: the previous windows of the same key are read
 * from the counts store itself (windows without events count as 0) and give the momentum baseline.
 */
final class MomentumProcessor implements Processor<Windowed<String>, WindowCounts, String, Reading> {

    private final String storeName;
    private final TrendWindow window;
    private final TrendSettings settings;
    private ProcessorContext<String, Reading> context;
    private WindowStore<String, ValueAndTimestamp<WindowCounts>> counts;

    MomentumProcessor(String storeName, TrendWindow window, TrendSettings settings) {
        this.storeName = storeName;
        this.window = window;
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, Reading> context) {
        this.context = context;
        this.counts = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<Windowed<String>, WindowCounts> record) {
        if (record.value() == null) {
            return;
        }
        String key = record.key().key();
        long start = record.key().window().start();
        long size = window.size().toMillis();
        int n = window.baselineWindows(settings);
        double[] baseline = new double[n];
        try (WindowStoreIterator<ValueAndTimestamp<WindowCounts>> previous =
                     counts.fetch(key, start - n * size, start - size)) {
            while (previous.hasNext()) {
                KeyValue<Long, ValueAndTimestamp<WindowCounts>> kv = previous.next();
                int slot = (int) ((start - kv.key) / size) - 1;
                if (slot >= 0 && slot < n && kv.value != null) {
                    baseline[slot] = kv.value.value().score(settings);
                }
            }
        }
        Momentum momentum = Momentum.of(record.value().score(settings), baseline, settings);
        Reading reading = new Reading(key, window, Instant.ofEpochMilli(start),
                Instant.ofEpochMilli(record.key().window().end()), record.value(), momentum);
        context.forward(new Record<>(key, reading, record.timestamp(), record.headers()));
    }
}

package dev.priceflow.trends.adapter.streams;

import dev.priceflow.contracts.events.CommerceEvent;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Idempotency on {@code eventId}: an event id seen within {@code horizon} (event time) is dropped. Events keep
 * their key (userId), so a redelivered event meets its first copy in the same task and store. An event older
 * than {@code horizon} before this partition's stream time is dropped too: the store may have forgotten its first
 * copy, and it is far past every window's grace anyway (a replay of old history behind newer events).
 */
final class DropDuplicates implements FixedKeyProcessor<String, CommerceEvent, CommerceEvent> {

    private final String storeName;
    private final long horizon;
    private FixedKeyProcessorContext<String, CommerceEvent> context;
    private WindowStore<String, Long> seen;

    DropDuplicates(String storeName, Duration horizon) {
        this.storeName = storeName;
        this.horizon = horizon.toMillis();
    }

    @Override
    public void init(FixedKeyProcessorContext<String, CommerceEvent> context) {
        this.context = context;
        this.seen = context.getStateStore(storeName);
    }

    @Override
    public void process(FixedKeyRecord<String, CommerceEvent> record) {
        String id = record.value().eventId().toString();
        long ts = record.timestamp();
        if (ts < context.currentStreamTimeMs() - horizon) {
            return;
        }
        try (WindowStoreIterator<Long> earlier = seen.fetch(id, ts - horizon, ts + horizon)) {
            if (earlier.hasNext()) {
                return;
            }
        }
        seen.put(id, ts, ts);
        context.forward(record);
    }
}

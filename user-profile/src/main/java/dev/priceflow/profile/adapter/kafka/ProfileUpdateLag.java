package dev.priceflow.profile.adapter.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.springframework.stereotype.Component;

/**
 * Ingestion-to-profile lag: after an event's profile write committed, {@code now − record timestamp}, where the
 * timestamp is the record's CreateTime, set by the producer (the gateway) when it took the event. Kept in the
 * timer {@value #NAME} with a percentile histogram (Prometheus: {@code priceflow_profile_update_lag_seconds_bucket},
 * buckets from 1 ms to 10 min; slower lands in {@code +Inf}), so a reader can take two scrapes and compute
 * percentiles of the difference. Records without a CreateTime (or with one in the future) are not timed.
 */
@Component
class ProfileUpdateLag {

    static final String NAME = "priceflow.profile.update.lag";
    /** The part of the lag before the listener got the record (producer, broker, fetch, the batch ahead of it). */
    static final String RECEIVED = "priceflow.profile.receive.lag";

    private final Timer timer;
    private final Timer received;
    private final Clock clock;

    ProfileUpdateLag(MeterRegistry registry, Clock clock) {
        this.clock = clock;
        this.timer = Timer.builder(NAME)
                .description("Kafka record CreateTime (ingestion) to the shopper's profile write committed")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
        this.received = Timer.builder(RECEIVED)
                .description("Kafka record CreateTime (ingestion) to the listener receiving the record")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
    }

    /** The listener got the record (its batch is about to be counted). */
    void received(ConsumerRecord<?, ?> record) {
        time(record, received);
    }

    void profileWritten(ConsumerRecord<?, ?> record) {
        time(record, timer);
    }

    private void time(ConsumerRecord<?, ?> record, Timer into) {
        if (record.timestampType() != TimestampType.CREATE_TIME || record.timestamp() <= 0) {
            return;
        }
        long lagMillis = clock.millis() - record.timestamp();
        if (lagMillis >= 0) {
            into.record(Duration.ofMillis(lagMillis));
        }
    }
}

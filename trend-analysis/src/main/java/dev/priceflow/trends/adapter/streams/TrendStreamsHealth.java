package dev.priceflow.trends.adapter.streams;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** UP while the topology is starting, rebalancing or running; DOWN once it stopped or failed. */
public class TrendStreamsHealth implements HealthIndicator {

    private final TrendStreams streams;

    public TrendStreamsHealth(TrendStreams streams) {
        this.streams = streams;
    }

    @Override
    public Health health() {
        KafkaStreams.State state = streams.state();
        boolean up = state == KafkaStreams.State.CREATED || state == KafkaStreams.State.REBALANCING
                || state == KafkaStreams.State.RUNNING;
        return (up ? Health.up() : Health.down()).withDetail("state", state.name()).build();
    }
}

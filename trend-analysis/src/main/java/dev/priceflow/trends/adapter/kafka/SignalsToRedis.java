package dev.priceflow.trends.adapter.kafka;

import dev.priceflow.contracts.Topics;
import dev.priceflow.trends.adapter.redis.RedisTrends;
import dev.priceflow.trends.adapter.streams.TrendSignal;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Redis sink: copies every committed signal from trends.signals into Redis. Writes are idempotent (same
 * key, same value; older windows never replace newer ones), so redelivery after a crash is harmless. A signal
 * that cannot be read is logged and skipped; a Redis failure is retried by the container's error handler and
 * then skipped (fail-open: the next signal of the same key repairs it).
 */
public class SignalsToRedis {

    private static final Logger LOG = LoggerFactory.getLogger(SignalsToRedis.class);

    private final RedisTrends redis;
    private final JsonMapper json;

    public SignalsToRedis(RedisTrends redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    @KafkaListener(topics = Topics.TREND_SIGNALS, groupId = "${priceflow.trends.redis-sink-group}",
            properties = {"isolation.level=read_committed", "auto.offset.reset=earliest"})
    public void onSignal(ConsumerRecord<String, String> record) {
        TrendSignal signal;
        try {
            signal = json.readValue(record.value(), TrendSignal.class);
        } catch (JacksonException | IllegalArgumentException e) {
            LOG.warn("skipping unreadable signal partition={} offset={}", record.partition(), record.offset());
            return;
        }
        redis.write(signal);
    }
}

package dev.priceflow.trends.adapter.kafka;

import dev.priceflow.contracts.Topics;
import dev.priceflow.contracts.events.CompetitorPriceObserved;
import dev.priceflow.trends.application.CompetitorPrices;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes a batch to market.competitor-prices (key: SKU) in one Kafka transaction, acks=all: either the whole
 * batch becomes visible to read_committed consumers (the topology) or none of it. Each call waits at most about
 * {@code timeout} (metadata, acknowledgements and commit are all bounded); on failure the producer is discarded
 * and rebuilt on the next call. Used by the web API and by the import CLI.
 */
public final class KafkaCompetitorPrices implements CompetitorPrices, AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Properties config;
    private KafkaProducer<String, String> producer;

    public KafkaCompetitorPrices(String bootstrapServers, Duration timeout) {
        int ms = (int) timeout.toMillis();
        config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, ms);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, ms);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, ms + 1_000);   // must exceed linger + request timeout
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, Math.max(ms * 3, 10_000));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    }

    @Override
    public synchronized void publish(java.util.List<CompetitorPriceObserved> observations) {
        try {
            KafkaProducer<String, String> p = producer();
            p.beginTransaction();
            for (CompetitorPriceObserved o : observations) {
                p.send(new ProducerRecord<>(Topics.COMPETITOR_PRICES, o.partitionKey(), JSON.writeValueAsString(o)));
            }
            p.commitTransaction();
        } catch (KafkaException | IllegalStateException e) {
            discard();
            throw new CompetitorPrices.Unavailable("Kafka did not take the competitor prices: " + e.getMessage(), e);
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.putAll(config);
            // unique per producer: instances (and CLI runs) must never fence each other
            p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "priceflow-competitor-prices-" + UUID.randomUUID());
            KafkaProducer<String, String> created = new KafkaProducer<>(p);
            try {
                created.initTransactions();
            } catch (KafkaException e) {
                created.close(Duration.ZERO);
                throw e;
            }
            producer = created;
        }
        return producer;
    }

    private void discard() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}

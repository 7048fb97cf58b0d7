package dev.priceflow.bench.kafka;

import dev.priceflow.bench.Payloads;
import dev.priceflow.bench.stats.RunResult;
import dev.priceflow.bench.stats.Tally;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The ceiling for event ingestion: a plain kafka-clients producer with the gateway's settings (acks=all,
 * idempotent, linger 5 ms, String serdes) sending the same ProductViewed payloads, keyed by user, as fast
 * as the broker acknowledges them (at most {@value #IN_FLIGHT} unacknowledged), to a scratch topic with
 * commerce.events' 6 partitions, created here and deleted afterwards. Throughput counts acknowledgements that arrive in the measured window.
 */
public final class RawProducerRun {

    private static final int PARTITIONS = 6;
    /**
     * Unacknowledged records allowed at once. Without a bound the producer's 32 MB buffer fills with
     * ~100,000 tiny records whose queueing time exceeds delivery.timeout.ms on a slow broker: the run would
     * measure expiries, not throughput.
     */
    private static final int IN_FLIGHT = 5_000;

    private final String bootstrap;

    public RawProducerRun(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    public RunResult run(String name, String userId, List<String> skus, Duration warmup, Duration measured)
            throws Exception {
        String topic = "bench.scratch." + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000))) {
            admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
            try {
                return produce(name, topic, userId, skus, warmup, measured);
            } finally {
                admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private RunResult produce(String name, String topic, String userId, List<String> skus, Duration warmup,
                              Duration measured) throws InterruptedException {
        Tally tally = new Tally();
        long warmEnd = System.nanoTime() + warmup.toNanos();
        long end = warmEnd + measured.toNanos();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings())) {
            Semaphore inFlight = new Semaphore(IN_FLIGHT);
            for (long i = 0; System.nanoTime() < end; i++) {
                if (!inFlight.tryAcquire(1, TimeUnit.SECONDS)) {
                    continue;
                }
                String value = Payloads.productViewed(UUID.randomUUID(), Instant.now(), userId,
                        skus.get((int) (i % skus.size())));
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, userId, value), (metadata, error) -> {
                    inFlight.release();
                    long now = System.nanoTime();
                    if (now < warmEnd || now >= end) {
                        return;
                    }
                    if (error == null) {
                        tally.success(now - sent, 1, null);
                    } else {
                        tally.error("kafka:" + error.getClass().getSimpleName());
                    }
                });
            }
            producer.flush();
        }
        return tally.result(name, "1 producer, ≤" + IN_FLIGHT + " in flight", measured.toNanos() / 1e9, "events",
                null);
    }

    private Properties settings() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-raw");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2_000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 5_000);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return p;
    }
}

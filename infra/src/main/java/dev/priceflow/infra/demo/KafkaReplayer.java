package dev.priceflow.infra.demo;

import dev.priceflow.contracts.events.CommerceEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends events to a topic as JSON (key = {@link CommerceEvent#partitionKey()}), with acks=all and idempotence,
 * then flushes and checks every send: a failure of any one fails the run. Bounded waits: 10 s for metadata and
 * the topic check, 60 s per delivery.
 */
final class KafkaReplayer {

    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String bootstrap;
    private final String topic;

    KafkaReplayer(String bootstrap, String topic) {
        this.bootstrap = bootstrap;
        this.topic = topic;
    }

    /** Returns the number of records acknowledged; {@code progress} hears the running count every 100. */
    int send(List<? extends CommerceEvent> events, IntConsumer progress) throws InterruptedException {
        requireTopic();
        List<Future<RecordMetadata>> sent = new ArrayList<>(events.size());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            for (CommerceEvent event : events) {
                sent.add(producer.send(new ProducerRecord<>(topic, event.partitionKey(),
                        JSON.writeValueAsString(event))));
            }
            producer.flush();
            for (int i = 0; i < sent.size(); i++) {
                try {
                    sent.get(i).get(60, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    throw new IllegalStateException("Kafka did not acknowledge event " + events.get(i).eventId()
                            + " on " + topic + ": " + (e.getCause() != null ? e.getCause() : e), e);
                }
                if ((i + 1) % 100 == 0) {
                    progress.accept(i + 1);
                }
            }
        }
        return sent.size();
    }

    private void requireTopic() throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis()))) {
            admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                throw new IllegalStateException("Kafka topic " + topic + " does not exist at " + bootstrap
                        + " — start the stack with ./priceflow up --servers-only (it creates the topics)");
            }
            throw unreachable(e.getCause());
        } catch (TimeoutException e) {
            throw unreachable(e);
        }
    }

    private IllegalStateException unreachable(Throwable cause) {
        return new IllegalStateException("Kafka is not reachable at " + bootstrap + " (" + cause
                + ") — start the stack with ./priceflow up --servers-only", cause);
    }

    private Properties producerConfig() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "priceflow-demo-loader");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }
}

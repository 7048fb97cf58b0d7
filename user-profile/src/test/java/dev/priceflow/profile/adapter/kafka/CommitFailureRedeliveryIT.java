package dev.priceflow.profile.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.priceflow.infra.test.KafkaTestClients;
import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import dev.priceflow.kit.kafka.DeadLetterErrorHandling;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;

/**
 * The chaos round's failure, reproduced on the local Kafka with a topic, a dead-letter topic and a group of its own:
 * a batch listener counts its first batch, then takes longer than {@code max.poll.interval.ms}, so the consumer
 * leaves the group, the other consumer takes the partitions over, and the container's offset commit fails with a
 * {@code CommitFailedException}. The kit's error handler must redeliver that batch, not dead-letter it: every event
 * is counted exactly once (the event-id guard drops the redelivered copies), nothing reaches the dead-letter topic
 * and the group commits to the end.
 */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.KAFKA})
class CommitFailureRedeliveryIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String TOPIC = "user-profile-it-commit-" + RUN;
    private static final String DLT = TOPIC + ".dlt";
    private static final String GROUP = "user-profile-it-commit-" + RUN;
    private static final int EVENTS = 40;
    private static final int MAX_POLL_INTERVAL_MS = 2_500;

    private final Set<String> counted = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private final AtomicInteger applied = new AtomicInteger();
    private final Set<String> published = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean slowOnce = new AtomicBoolean(true);
    private final DefaultKafkaProducerFactory<String, String> deadLetterProducers = new DefaultKafkaProducerFactory<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestClients.BOOTSTRAP,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aBatchWhoseOffsetCommitFailsAfterARebalanceIsRedeliveredAndCountedOnceWithNothingDeadLettered()
            throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger handlerLog = (Logger) LoggerFactory.getLogger("dev.priceflow.kit.kafka.RedeliveringErrorHandler");
        log.start();
        handlerLog.addAppender(log);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KafkaTestClients.BOOTSTRAP))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1), new NewTopic(DLT, 1, (short) 1)))
                    .all().get(20, TimeUnit.SECONDS);
            try {
                publishEvents();
                ConcurrentMessageListenerContainer<String, String> container = container();
                container.start();
                try {
                    await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(250))
                            .until(() -> committed(admin) == EVENTS && counted.size() == EVENTS);
                } finally {
                    container.stop();
                    deadLetterProducers.destroy();
                }
                assertThat(counted).isEqualTo(published);
                assertThat(applied).as("events counted").hasValue(EVENTS);
                assertThat(deliveries.values().stream().filter(n -> n.get() > 1).count())
                        .as("events redelivered after the failed commit").isPositive();
                assertThat(endOffset(admin, new TopicPartition(DLT, 0))).as("dead-lettered").isZero();
                assertThat(log.list).map(ILoggingEvent::getFormattedMessage)
                        .anySatisfy(line -> assertThat(line).contains("CommitFailedException"));
            } finally {
                handlerLog.detachAppender(log);
                admin.deleteTopics(List.of(TOPIC, DLT)).all().get(20, TimeUnit.SECONDS);
                try {
                    admin.deleteConsumerGroups(List.of(GROUP)).all().get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // the group expires on its own once empty
                }
            }
        }
    }

    /** Counts each event id once, like the store's processed-event guard; the first batch then outlives the poll. */
    private void onBatch(List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records) {
        records.forEach(r -> {
            deliveries.computeIfAbsent(r.value(), k -> new AtomicInteger()).incrementAndGet();
            if (counted.add(r.value())) {
                applied.incrementAndGet();
            }
        });
        if (slowOnce.compareAndSet(true, false)) {
            sleep(MAX_POLL_INTERVAL_MS + 2_000L);
        }
    }

    private ConcurrentMessageListenerContainer<String, String> container() {
        Map<String, Object> consumer = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestClients.BOOTSTRAP,
                ConsumerConfig.GROUP_ID_CONFIG, GROUP,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, MAX_POLL_INTERVAL_MS,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        ContainerProperties properties = new ContainerProperties(TOPIC);
        properties.setAckMode(ContainerProperties.AckMode.BATCH);
        properties.setPollTimeout(500);
        properties.setMessageListener((BatchMessageListener<String, String>) this::onBatch);
        ConcurrentMessageListenerContainer<String, String> container = new ConcurrentMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(consumer, new StringDeserializer(), new StringDeserializer()),
                properties);
        container.setConcurrency(2);
        container.setCommonErrorHandler(DeadLetterErrorHandling.publishingTo(new KafkaTemplate<>(deadLetterProducers),
                DLT,
                new DeadLetterErrorHandling.Backoff(Duration.ofMillis(100), 2.0, Duration.ofSeconds(1))));
        return container;
    }

    private void publishEvents() throws Exception {
        try (KafkaProducer<String, String> producer = KafkaTestClients.producer()) {
            for (int i = 0; i < EVENTS; i++) {
                String eventId = UUID.randomUUID().toString();
                published.add(eventId);
                producer.send(new ProducerRecord<>(TOPIC, i % 2, "u-" + i, eventId));
            }
            producer.flush();
        }
    }

    private static long committed(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        return offsets.values().stream().filter(o -> o != null).mapToLong(OffsetAndMetadata::offset).sum();
    }

    private static long endOffset(Admin admin, TopicPartition partition) throws Exception {
        return admin.listOffsets(Map.of(partition, OffsetSpec.latest())).all().get(10, TimeUnit.SECONDS)
                .get(partition).offset();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

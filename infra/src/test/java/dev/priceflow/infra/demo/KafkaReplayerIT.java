package dev.priceflow.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import dev.priceflow.infra.test.Stack;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

/** Replays the demo purchases into a scratch topic of the real Kafka and reads them back. */
@ExtendWith(LocalStack.class)
@NeedsStack(Server.KAFKA)
class KafkaReplayerIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyInvoiceArrivesOnceKeyedByUserAndAReplayRepeatsTheSameEventIds(Stack stack) throws Exception {
        String topic = "demo-loader-it-" + UUID.randomUUID();
        List<PurchaseCompleted> events = PurchaseEvents.from(DemoData.read(Path.of("demo-data")).purchases(),
                Clock.systemUTC());
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.kafkaBootstrap()))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(10, TimeUnit.SECONDS);
            try {
                KafkaReplayer replayer = new KafkaReplayer(stack.kafkaBootstrap(), topic);
                List<Integer> progress = new ArrayList<>();

                assertThat(replayer.send(events, progress::add)).isEqualTo(events.size());
                assertThat(replayer.send(events, n -> { })).isEqualTo(events.size());

                List<ConsumerRecord<String, String>> records = readAll(stack, topic, 2 * events.size());
                assertThat(records).hasSize(2 * events.size());
                assertThat(progress).startsWith(100, 200, 300);
                List<UUID> ids = new ArrayList<>();
                for (ConsumerRecord<String, String> record : records) {
                    CommerceEvent event = JSON.readValue(record.value(), CommerceEvent.class);
                    assertThat(event).isInstanceOf(PurchaseCompleted.class);
                    assertThat(record.key()).isEqualTo(((PurchaseCompleted) event).userId());
                    ids.add(event.eventId());
                }
                assertThat(ids.stream().distinct().count()).isEqualTo(events.size());
                assertThat(ids).containsAll(events.stream().map(PurchaseCompleted::eventId).toList());
            } finally {
                admin.deleteTopics(List.of(topic)).all().get(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aMissingTopicIsNamedWithHowToCreateIt(Stack stack) {
        KafkaReplayer replayer = new KafkaReplayer(stack.kafkaBootstrap(), "no-such-topic-" + UUID.randomUUID());

        assertThatThrownBy(() -> replayer.send(List.of(), n -> { })).hasMessageContaining("does not exist")
                .hasMessageContaining("./priceflow up --servers-only");
    }

    private static List<ConsumerRecord<String, String>> readAll(Stack stack, String topic, int expected) {
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "demo-loader-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (out.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(out::add);
            }
        }
        return out;
    }
}

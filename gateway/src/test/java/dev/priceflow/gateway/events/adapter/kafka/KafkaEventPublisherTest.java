package dev.priceflow.gateway.events.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.Money;
import dev.priceflow.contracts.Topics;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.CompetitorPriceObserved;
import dev.priceflow.contracts.events.ProductViewed;
import dev.priceflow.gateway.GatewayProperties;
import dev.priceflow.gateway.events.application.EventPublisher.Report;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

/** The publisher against Kafka's MockProducer: keys, values, order, and what counts as not sent. */
class KafkaEventPublisherTest {

    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * A MockProducer that survives KafkaTemplate closing it after each send, and can fail sends the way
     * KafkaProducer does when it finds no broker: the callback and the future fail before send() returns.
     */
    static class Broker extends MockProducer<String, String> {
        volatile int refuseFromSend = Integer.MAX_VALUE;
        volatile boolean throwOnRefuse;
        private int sends;

        Broker(boolean autoComplete) {
            super(autoComplete, null, new StringSerializer(), new StringSerializer());
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, String> record,
                                                        org.apache.kafka.clients.producer.Callback callback) {
            if (++sends >= refuseFromSend) {
                var noBroker = new TimeoutException("Topic commerce.events not present in metadata after 2000 ms.");
                if (throwOnRefuse) {
                    throw noBroker;
                }
                callback.onCompletion(null, noBroker);
                return CompletableFuture.failedFuture(noBroker);
            }
            return super.send(record, callback);
        }

        @Override
        public void close(Duration timeout) {
        }
    }

    private static KafkaEventPublisher publisher(Broker broker, Duration ackTimeout) {
        var properties = new GatewayProperties(
                new GatewayProperties.Pricing(URI.create("http://127.0.0.1:8081"), Duration.ofSeconds(2),
                        Duration.ofSeconds(2)),
                new GatewayProperties.PriceCache(Duration.ofSeconds(60), Duration.ofMillis(200), Duration.ofMinutes(30),
                        0, Duration.ofMillis(500), Duration.ZERO, 0),
                new GatewayProperties.Events(500, ackTimeout),
                new GatewayProperties.Breaker(20, 10, 50, Duration.ofSeconds(10), Duration.ofSeconds(3)));
        return new KafkaEventPublisher(new KafkaTemplate<>(() -> broker), JSON, properties);
    }

    private static ProductViewed viewed(String userId) {
        return new ProductViewed(UUID.randomUUID(), AT, 1, userId, "85123A", "web");
    }

    @Test
    void eventsGoToCommerceEventsKeyedByPartitionKeyAsTypedJsonInOrder() {
        Broker broker = new Broker(true);
        var observed = new CompetitorPriceObserved(UUID.randomUUID(), AT, 1, "22423", "shop-b",
                Money.of("9.99", "GBP"));
        List<CommerceEvent> events = List.of(viewed("alice"), observed, viewed("alice"));

        StepVerifier.create(publisher(broker, Duration.ofSeconds(1)).publish(events))
                .expectNext(new Report(3, 0))
                .verifyComplete();

        assertThat(broker.history()).extracting(ProducerRecord::topic).containsOnly(Topics.COMMERCE_EVENTS);
        assertThat(broker.history()).extracting(ProducerRecord::key).containsExactly("alice", "22423", "alice");
        assertThat(broker.history()).extracting(r -> JSON.readValue(r.value(), CommerceEvent.class))
                .containsExactlyElementsOf(events);
        assertThat(broker.history().get(1).value()).contains("\"type\":\"CompetitorPriceObserved\"");
    }

    @Test
    void anEventTheBrokerRejectsIsCountedAsNotSent() {
        Broker broker = new Broker(false);
        var publishing = publisher(broker, Duration.ofSeconds(5)).publish(List.of(viewed("a"), viewed("b")));

        StepVerifier.create(publishing)
                .then(() -> {
                    awaitSends(broker, 2);
                    broker.completeNext();
                    broker.errorNext(new org.apache.kafka.common.errors.NotEnoughReplicasException("isr"));
                })
                .expectNext(new Report(1, 1))
                .verifyComplete();
    }

    /** Sends run on another thread; answer for them only once they are in flight. */
    private static void awaitSends(Broker broker, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (broker.history().size() < count && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(broker.history()).hasSize(count);
    }

    @Test
    void whenASendFailsOutrightTheRestOfTheBatchIsNotSentEither() {
        for (boolean throwing : new boolean[] {false, true}) {
            Broker broker = new Broker(true);
            broker.refuseFromSend = 2;
            broker.throwOnRefuse = throwing;

            StepVerifier.create(publisher(broker, Duration.ofSeconds(1)).publish(List.of(viewed("a"), viewed("a"),
                            viewed("a"))))
                    .expectNext(new Report(1, 2))
                    .verifyComplete();
            assertThat(broker.history()).as("the third event is never offered").hasSize(1);
        }
    }

    @Test
    void unconfirmedEventsCountAsNotSentOnceTheAckTimeoutPasses() {
        Broker broker = new Broker(false);

        StepVerifier.create(publisher(broker, Duration.ofMillis(200)).publish(List.of(viewed("a"), viewed("b"))))
                .expectNext(new Report(0, 2))
                .verifyComplete();
    }
}

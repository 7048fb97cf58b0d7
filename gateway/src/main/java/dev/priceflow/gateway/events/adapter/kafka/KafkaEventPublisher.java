package dev.priceflow.gateway.events.adapter.kafka;

import dev.priceflow.contracts.Topics;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.gateway.GatewayProperties;
import dev.priceflow.gateway.events.application.EventPublisher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes events to {@code commerce.events}: key = {@link CommerceEvent#partitionKey()}, value = the
 * event's JSON with its {@code type}. Sends happen in batch order from one thread (so a shopper's events
 * keep their order in the partition), then all acknowledgements are awaited together, bounded by
 * {@code priceflow.gateway.events.ack-timeout}. The first send that fails outright (typically: no
 * broker, {@code max.block.ms} elapsed), or sending past the ack timeout, stops the batch; the rest
 * count as not sent.
 */
@Component
class KafkaEventPublisher implements EventPublisher {

    private static final Logger log = LoggerFactory.getLogger(KafkaEventPublisher.class);

    private final KafkaTemplate<String, String> kafka;
    private final ObjectWriter writer;
    private final Duration ackTimeout;

    KafkaEventPublisher(KafkaTemplate<String, String> kafka, JsonMapper json, GatewayProperties properties) {
        this.kafka = kafka;
        this.writer = json.writerFor(CommerceEvent.class);
        this.ackTimeout = properties.events().ackTimeout();
    }

    @Override
    public Mono<Report> publish(List<CommerceEvent> events) {
        // send() may block while it waits for cluster metadata: keep it off the event loop.
        return Mono.fromCallable(() -> sendInOrder(events))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(pending -> Flux.fromIterable(pending)
                        .flatMap(this::confirmed)
                        .filter(Boolean::booleanValue)
                        .count()
                        .map(sent -> new Report(sent.intValue(), events.size() - sent.intValue())));
    }

    private List<Pending> sendInOrder(List<CommerceEvent> events) {
        List<Pending> pending = new ArrayList<>(events.size());
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        for (CommerceEvent event : events) {
            CompletableFuture<?> ack;
            try {
                ack = kafka.send(Topics.COMMERCE_EVENTS, event.partitionKey(), writer.writeValueAsString(event));
            } catch (RuntimeException e) {
                ack = CompletableFuture.failedFuture(e);
            }
            pending.add(new Pending(event, ack));
            // The producer reports "no broker" (metadata timeout) by failing the send at once, after
            // max.block.ms: stop there rather than wait that long again for every remaining event.
            if (ack.isCompletedExceptionally() || System.nanoTime() > deadline) {
                log.warn("stopping batch after eventId={}: sent={} of {}", event.eventId(), pending.size(),
                        events.size());
                break;
            }
        }
        return pending;
    }

    private Mono<Boolean> confirmed(Pending pending) {
        return Mono.fromFuture(pending.ack(), true)
                .timeout(ackTimeout)
                .thenReturn(true)
                .onErrorResume(e -> {
                    log.warn("event not confirmed: eventId={} cause={}", pending.event().eventId(), e.toString());
                    return Mono.just(false);
                });
    }

    private record Pending(CommerceEvent event, CompletableFuture<?> ack) {
    }
}

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
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes events to {@code commerce.events}: key = {@link CommerceEvent#partitionKey()}, value = the
 * event's JSON with its {@code type}. Sends happen in batch order from one thread (so a shopper's events
 * keep their order in the partition) without waiting in between, then all acknowledgements are awaited
 * together, as one future, bounded once by {@code priceflow.gateway.events.ack-timeout}. The answer counts an
 * event as sent only when its acknowledgement arrived (acks=all, idempotent producer: the record is on every
 * in-sync replica). The first send that fails outright (typically: no broker, {@code max.block.ms} elapsed),
 * or sending past the ack timeout, stops the batch; the rest count as not sent. One log line per failed
 * batch, none per event.
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
                .flatMap(acks -> Mono.fromFuture(CompletableFuture.allOf(acks), true)
                        .timeout(ackTimeout)
                        .onErrorResume(e -> Mono.empty())
                        .then(Mono.fromSupplier(() -> report(acks, events.size()))));
    }

    private CompletableFuture<?>[] sendInOrder(List<CommerceEvent> events) {
        List<CompletableFuture<?>> acks = new ArrayList<>(events.size());
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        for (CommerceEvent event : events) {
            CompletableFuture<?> ack;
            try {
                ack = kafka.send(Topics.COMMERCE_EVENTS, event.partitionKey(), writer.writeValueAsString(event));
            } catch (RuntimeException e) {
                ack = CompletableFuture.failedFuture(e);
            }
            acks.add(ack);
            // The producer reports "no broker" (metadata timeout) by failing the send at once, after
            // max.block.ms: stop there rather than wait that long again for every remaining event.
            if (ack.isCompletedExceptionally() || System.nanoTime() > deadline) {
                break;
            }
        }
        return acks.toArray(CompletableFuture<?>[]::new);
    }

    /** Confirmed = acknowledged by now; anything else (failed, still pending, never offered) is not sent. */
    private static Report report(CompletableFuture<?>[] acks, int total) {
        int sent = 0;
        Throwable firstFailure = null;
        for (CompletableFuture<?> ack : acks) {
            if (ack.isDone() && !ack.isCompletedExceptionally()) {
                sent++;
            } else if (firstFailure == null && ack.isCompletedExceptionally()) {
                firstFailure = ack.exceptionNow();
            }
        }
        if (sent < total) {
            log.warn("batch not fully confirmed: sent={} offered={} of {} cause={}", sent, acks.length, total,
                    firstFailure == null ? "ack timeout" : firstFailure.toString());
        }
        return new Report(sent, total - sent);
    }
}

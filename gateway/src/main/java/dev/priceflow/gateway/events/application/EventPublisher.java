package dev.priceflow.gateway.events.application;

import dev.priceflow.contracts.events.CommerceEvent;
import java.util.List;
import reactor.core.publisher.Mono;

/** The event log. Implementations wait for the log to confirm each event, within a bounded time. */
public interface EventPublisher {

    /** Publishes in order; never errors, but reports how many events were confirmed. */
    Mono<Report> publish(List<CommerceEvent> events);

    record Report(int sent, int notSent) {
    }
}

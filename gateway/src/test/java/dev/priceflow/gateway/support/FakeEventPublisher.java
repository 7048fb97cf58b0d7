package dev.priceflow.gateway.support;

import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.gateway.events.application.EventPublisher;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Mono;

/** Keeps what was published; can be told to lose every event, like an unreachable broker. */
public class FakeEventPublisher implements EventPublisher {

    public final List<CommerceEvent> published = new CopyOnWriteArrayList<>();
    public volatile boolean brokerDown;

    public void reset() {
        published.clear();
        brokerDown = false;
    }

    @Override
    public Mono<Report> publish(List<CommerceEvent> events) {
        if (brokerDown) {
            return Mono.just(new Report(0, events.size()));
        }
        published.addAll(events);
        return Mono.just(new Report(events.size(), 0));
    }
}

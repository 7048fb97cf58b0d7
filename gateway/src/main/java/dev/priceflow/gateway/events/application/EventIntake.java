package dev.priceflow.gateway.events.application;

import dev.priceflow.contracts.api.EventBatchResult;
import dev.priceflow.contracts.api.EventBatchResult.Rejection;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.EventValidator;
import dev.priceflow.gateway.events.domain.EventRules;
import dev.priceflow.gateway.events.domain.Sender;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Takes a batch of behaviour events: each element is judged on its own (one bad element does not spoil the
 * others), the valid ones go to the event log, and the answer lists every rejection with all its reasons.
 */
@Service
public class EventIntake {

    private final EventValidator validator;
    private final EventPublisher publisher;

    public EventIntake(EventValidator validator, EventPublisher publisher) {
        this.validator = validator;
        this.publisher = publisher;
    }

    public Mono<IntakeResult> submit(Sender sender, List<BatchElement> batch) {
        List<CommerceEvent> valid = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (BatchElement element : batch) {
            switch (element) {
                case BatchElement.Unreadable bad ->
                        rejections.add(new Rejection(bad.index(), bad.eventId(), List.of(bad.reason())));
                case BatchElement.Readable readable -> {
                    List<String> reasons = new ArrayList<>(validator.violations(readable.event()));
                    reasons.addAll(EventRules.violations(readable.event(), sender));
                    if (reasons.isEmpty()) {
                        valid.add(readable.event());
                    } else {
                        rejections.add(new Rejection(readable.index(), idOf(readable.event()), reasons));
                    }
                }
            }
        }
        EventBatchResult result = new EventBatchResult(valid.size(), rejections.size(), rejections);
        if (valid.isEmpty()) {
            return Mono.just(new IntakeResult.Done(result));
        }
        return publisher.publish(valid).map(report -> report.notSent() == 0
                ? new IntakeResult.Done(result)
                : new IntakeResult.NotSent(valid.size(), report.notSent()));
    }

    private static String idOf(CommerceEvent event) {
        return event.eventId() == null ? null : event.eventId().toString();
    }
}

package dev.priceflow.pricing.experiment.application;

import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.PurchaseCompleted;
import java.time.Duration;
import reactor.core.publisher.Flux;

/**
 * Attributes purchase lines to the arms of exposed buyers (see {@link ExperimentStore#attribute}); any other
 * event is ignored. Idempotent: a redelivered event adds nothing. Database errors propagate (the consumer retries).
 */
public final class PurchaseAttribution {

    private final ExperimentStore store;
    private final Duration timeout;

    public PurchaseAttribution(ExperimentStore store, Duration timeout) {
        this.store = store;
        this.timeout = timeout;
    }

    /** How many (line, experiment) pairs were newly attributed. */
    public long handle(CommerceEvent event) {
        if (!(event instanceof PurchaseCompleted purchase) || purchase.userId() == null) {
            return 0;
        }
        Long added = Flux.fromIterable(purchase.lines())
                .filter(line -> line.sku() != null && line.quantity() > 0 && line.unitPrice() != null)
                .concatMap(line -> store.attribute(purchase.eventId(), purchase.userId(), line.sku(),
                        line.quantity(), line.unitPrice().amount(), line.unitPrice().currency(),
                        purchase.occurredAt()).timeout(timeout))
                .reduce(0L, Long::sum)
                .block(timeout.multipliedBy(Math.max(1, purchase.lines().size()) + 1L));
        return added == null ? 0 : added;
    }
}

package dev.priceflow.trends.application;

import dev.priceflow.contracts.events.CompetitorPriceObserved;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Accepts a batch of competitor prices: all valid and durably published, or nothing published. */
public final class CompetitorPriceIntake {

    private final CompetitorPrices prices;
    private final Clock clock;

    public CompetitorPriceIntake(CompetitorPrices prices, Clock clock) {
        this.prices = prices;
        this.clock = clock;
    }

    /** Rejected (with every field error) or accepted; throws {@link CompetitorPrices.Unavailable}. */
    public Result submit(List<ObservationInput> batch) {
        List<FieldError> errors = new ArrayList<>();
        if (batch == null || batch.isEmpty()) {
            errors.add(new FieldError("observations", "must contain at least one observation"));
        } else if (batch.size() > ObservationRules.MAX_BATCH) {
            errors.add(new FieldError("observations", "must contain at most " + ObservationRules.MAX_BATCH));
        } else {
            for (int i = 0; i < batch.size(); i++) {
                ObservationInput in = batch.get(i);
                if (in == null) {
                    errors.add(new FieldError("observations[" + i + "]", "must not be null"));
                } else {
                    errors.addAll(ObservationRules.violations(in, "observations[" + i + "].", clock));
                }
            }
        }
        if (!errors.isEmpty()) {
            return new Result.Rejected(errors);
        }
        List<CompetitorPriceObserved> events = batch.stream().map(ObservationRules::toEvent).toList();
        prices.publish(events);
        return new Result.Accepted(events.size());
    }

    public sealed interface Result {
        record Accepted(int accepted) implements Result {
        }

        record Rejected(List<FieldError> errors) implements Result {
            public Rejected {
                errors = List.copyOf(errors);
            }
        }
    }
}

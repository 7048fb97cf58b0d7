package dev.priceflow.pricing.whatif.application;

import dev.priceflow.pricing.experiment.domain.FieldError;
import dev.priceflow.pricing.whatif.domain.SimulationResult;
import dev.priceflow.pricing.whatif.domain.SkuSimulation;
import java.util.List;

/** A simulation, or what was wrong with the request. */
public sealed interface SimulationOutcome {

    record Done(SimulationResult result, List<SkuSimulation> skus) implements SimulationOutcome {
    }

    record Invalid(List<FieldError> errors) implements SimulationOutcome {
        public Invalid(String field, String message) {
            this(List.of(new FieldError(field, message)));
        }
    }
}

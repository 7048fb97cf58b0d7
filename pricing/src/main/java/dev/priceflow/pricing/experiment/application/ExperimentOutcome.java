package dev.priceflow.pricing.experiment.application;

import dev.priceflow.pricing.experiment.domain.ArmResult;
import dev.priceflow.pricing.experiment.domain.Experiment;
import dev.priceflow.pricing.experiment.domain.FieldError;
import java.time.Instant;
import java.util.List;

/** What an experiment command came to. */
public sealed interface ExperimentOutcome {

    record Done(Experiment experiment) implements ExperimentOutcome {
    }

    record Invalid(List<FieldError> errors) implements ExperimentOutcome {
    }

    record NotFound(long id) implements ExperimentOutcome {
    }

    record Conflict(String detail) implements ExperimentOutcome {
    }

    record Results(Experiment experiment, String currency, Instant updatedAt, List<ArmResult> arms)
            implements ExperimentOutcome {
    }
}

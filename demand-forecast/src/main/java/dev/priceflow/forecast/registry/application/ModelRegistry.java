package dev.priceflow.forecast.registry.application;

import dev.priceflow.forecast.registry.domain.RegisteredModel;
import java.util.List;
import java.util.Optional;

/** The model registry (port). */
public interface ModelRegistry {

    Optional<RegisteredModel> champion();

    /** Records a model; when it is CHAMPION the previous champion becomes RETIRED in the same transaction. */
    void record(RegisteredModel model);

    List<RegisteredModel> latest(int limit);
}

package dev.priceflow.forecast.model.domain;

/** Called after every epoch. */
@FunctionalInterface
public interface TrainingProgress {

    void epoch(int epoch, double trainLoss, double validationLoss, double windowsPerSecond);

    TrainingProgress NONE = (e, t, v, w) -> { };
}

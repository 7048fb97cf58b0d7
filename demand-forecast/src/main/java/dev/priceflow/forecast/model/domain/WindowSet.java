package dev.priceflow.forecast.model.domain;

import java.util.List;

/** Training windows, validation windows (end of the training period), one forecast window per series. */
public record WindowSet(List<Window> train, List<Window> validation, List<Window> forecast, double[] scales) {
}

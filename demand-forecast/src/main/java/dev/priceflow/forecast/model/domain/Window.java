package dev.priceflow.forecast.model.domain;

/**
 * One training/forecast example, already scaled.
 *
 * @param seriesIndex index of the series in the list the windows were cut from
 * @param group       series group for the embedding
 * @param inputs      window x {@link Features#STEP} per-step features (scaled value first), row-major
 * @param future      horizon x {@link Features#COVARIATES} known-in-advance covariates, row-major
 * @param target      horizon scaled targets (empty for a pure forecast window)
 * @param scale       divide by it to scale, multiply to unscale
 */
public record Window(int seriesIndex, int group, float[] inputs, float[] future, float[] target, double scale) {
}

package dev.priceflow.forecast.model.domain;

/**
 * Holdout accuracy of one model. MAE/RMSE/pinball are pooled over all holdout points in the series' units;
 * MASE is the mean over series of MAE / in-sample seasonal-naive MAE (season {@code maseSeason});
 * coverage is the share of actuals inside [P10, P90] (NaN for point forecasts); {@code above} is the share of
 * actuals above P90 (above the point forecast for point models); {@code bias} = mean(P50 − actual).
 */
public record Metrics(String model, double mae, double rmse, double mase, int maseSeason, double pinball,
                      double coverage, double above, double bias, int series, int points) {
}

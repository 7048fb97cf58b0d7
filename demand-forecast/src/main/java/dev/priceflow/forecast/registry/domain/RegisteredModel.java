package dev.priceflow.forecast.registry.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One row of the model registry; {@code provenance} is the JSON written beside the SavedModel. */
public record RegisteredModel(UUID id, Instant createdAt, ModelStatus status, String path, String provenance,
                              double holdoutMase, double holdoutPinball, double baselineMase, LocalDate dataFrom,
                              LocalDate dataTo, int series, int horizon, int windowSize) {
}

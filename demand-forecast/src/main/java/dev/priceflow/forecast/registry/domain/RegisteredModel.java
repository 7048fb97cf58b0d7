package dev.priceflow.forecast.registry.domain;

import dev.priceflow.forecast.model.domain.Granularity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of the model registry; {@code provenance} is the JSON written beside the SavedModel; horizon and
 * window count periods of the model's granularity.
 */
public record RegisteredModel(UUID id, Instant createdAt, ModelStatus status, String path, String provenance,
                              double holdoutMase, double holdoutPinball, double baselineMase, LocalDate dataFrom,
                              LocalDate dataTo, int series, int horizon, int windowSize, Granularity granularity) {

    /** A weekly model. */
    public RegisteredModel(UUID id, Instant createdAt, ModelStatus status, String path, String provenance,
                           double holdoutMase, double holdoutPinball, double baselineMase, LocalDate dataFrom,
                           LocalDate dataTo, int series, int horizon, int windowSize) {
        this(id, createdAt, status, path, provenance, holdoutMase, holdoutPinball, baselineMase, dataFrom, dataTo,
                series, horizon, windowSize, Granularity.WEEKLY);
    }
}

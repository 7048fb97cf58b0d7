package dev.priceflow.forecast.serving.application;

import dev.priceflow.forecast.model.domain.Granularity;
import dev.priceflow.forecast.model.domain.QuantileForecast;
import dev.priceflow.forecast.model.domain.Series;
import dev.priceflow.forecast.model.domain.WindowSpec;
import java.util.Optional;
import java.util.UUID;

/** The serving model (port): the current CHAMPION, loaded once and swapped when the champion changes. */
public interface ChampionModel {

    /** The current champion's id and geometry, empty when no model has been trained yet. */
    Optional<Current> current();

    /**
     * Forecasts the last {@code horizon} periods of {@code withFuture} with the champion {@code id}.
     *
     * @throws ChampionChanged when another champion was loaded since {@link #current()}
     */
    QuantileForecast forecast(UUID id, Series withFuture);

    /** The champion was swapped between reading it and forecasting with it; the caller may retry. */
    final class ChampionChanged extends RuntimeException {
        public ChampionChanged(UUID id) {
            super("the forecast model " + id + " was replaced during the request; retry", null, false, false);
        }
    }

    /** The champion's id, geometry (in periods) and what a period is. */
    record Current(UUID id, WindowSpec spec, Granularity granularity) {

        /** A weekly champion. */
        public Current(UUID id, WindowSpec spec) {
            this(id, spec, Granularity.WEEKLY);
        }
    }
}

package dev.priceflow.forecast.serving.adapter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.contracts.Sku;
import dev.priceflow.forecast.model.domain.Granularity;
import dev.priceflow.forecast.serving.application.ChampionModel;
import dev.priceflow.forecast.serving.application.ForecastSku;
import dev.priceflow.kit.ProblemResponses;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/v1/forecasts/{sku}?horizon=N} and {@code POST /api/v1/forecasts/{sku}/what-if} (marketing,
 * admin): P10/P50/P90 per future period of the champion model (weeks: {@code weekStart}; days: {@code day}). 400 malformed SKU, horizon or plan; 404 no
 * history; 422 too little history; 503 no trained model yet or store unavailable; all problem+json.
 */
@RestController
class ForecastController {

    private static final Logger LOG = LoggerFactory.getLogger(ForecastController.class);

    private final ForecastSku forecastSku;

    ForecastController(ForecastSku forecastSku) {
        this.forecastSku = forecastSku;
    }

    @GetMapping("/api/v1/forecasts/{sku}")
    Mono<ForecastView> forecast(@PathVariable String sku, @RequestParam(required = false) String horizon) {
        return Mono.fromCallable(() -> {
            checkSku(sku);
            int h = horizon == null ? ForecastSku.MODEL_HORIZON : WhatIfRequest.parseHorizon(horizon);
            return answer(sku, forecastSku.forecast(sku, h, null));
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @PostMapping("/api/v1/forecasts/{sku}/what-if")
    Mono<ForecastView> whatIf(@PathVariable String sku, @RequestBody WhatIfRequest request) {
        return Mono.fromCallable(() -> {
            checkSku(sku);
            ForecastSku.Plan plan = request.toPlan();
            return answer(sku, forecastSku.forecast(sku, plan.prices().length, plan));
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private static ForecastView answer(String sku, ForecastSku.Outcome outcome) {
        return switch (outcome) {
            case ForecastSku.Outcome.Found f -> ForecastView.of(f);
            case ForecastSku.Outcome.NoModel n -> throw new Problem(HttpStatus.SERVICE_UNAVAILABLE,
                    ProblemTypes.DEPENDENCY_UNAVAILABLE, "No forecast model",
                    "no trained model yet — run ./priceflow train-forecast");
            case ForecastSku.Outcome.UnknownSku u -> throw new Problem(HttpStatus.NOT_FOUND, ProblemTypes.UNKNOWN_SKU,
                    "Unknown SKU", "No sales history for " + sku);
            case ForecastSku.Outcome.HorizonTooLong t -> throw new WhatIfRequest.Invalid("horizon",
                    "horizon must be within 1.." + t.max() + " periods of the serving model");
            case ForecastSku.Outcome.Insufficient i -> throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT,
                    ProblemTypes.INVALID_REQUEST, "Not enough sales history", i.reason());
        };
    }

    private static void checkSku(String sku) {
        if (!Sku.isWellFormed(sku)) {
            throw new Problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_SKU, "Malformed SKU",
                    "A SKU is 1-32 of A-Z, 0-9, '-', '_'");
        }
    }

    @ExceptionHandler(Problem.class)
    ProblemDetail problem(Problem e) {
        return e.detail;
    }

    @ExceptionHandler(WhatIfRequest.Invalid.class)
    ProblemDetail invalid(WhatIfRequest.Invalid e) {
        ProblemDetail p = ProblemResponses.problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST,
                "Invalid request", e.getMessage());
        p.setProperty("field", e.field());
        return p;
    }

    @ExceptionHandler(ChampionModel.ChampionChanged.class)
    ProblemDetail championChanged(ChampionModel.ChampionChanged e) {
        return ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.DEPENDENCY_UNAVAILABLE,
                "Model replaced", e.getMessage());
    }

    @ExceptionHandler(DataAccessException.class)
    ProblemDetail databaseUnavailable(DataAccessException e) {
        LOG.warn("forecast read failed cause={}", e.getClass().getSimpleName());
        return ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.DEPENDENCY_UNAVAILABLE,
                "Dependency unavailable", "The sales or model store is unavailable; try again shortly");
    }

    /** A ready problem answer. */
    static final class Problem extends RuntimeException {
        final transient ProblemDetail detail;

        Problem(HttpStatus status, java.net.URI type, String title, String detail) {
            super(detail, null, false, false);
            this.detail = ProblemResponses.problem(status, type, title, detail);
        }
    }

    /** The answer; quantiles rounded to 3 places; a period is named by its week's Monday or by its day. */
    record ForecastView(String sku, String modelId, String granularity, int horizon, List<PeriodView> periods) {

        static ForecastView of(ForecastSku.Outcome.Found f) {
            boolean daily = f.granularity() == Granularity.DAILY;
            return new ForecastView(f.sku(), f.modelId().toString(), f.granularity().name(), f.periods().size(),
                    f.periods().stream().map(p -> new PeriodView(daily ? null : p.weekStart().toString(),
                            daily ? p.weekStart().toString() : null, r(p.p10()), r(p.p50()), r(p.p90()))).toList());
        }

        private static double r(double v) {
            return Math.round(v * 1000) / 1000.0;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PeriodView(String weekStart, String day, double p10, double p50, double p90) {
    }
}

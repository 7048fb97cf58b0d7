package dev.priceflow.forecast.elasticity.adapter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.contracts.Sku;
import dev.priceflow.forecast.elasticity.application.EstimateElasticity;
import dev.priceflow.forecast.elasticity.domain.Elasticity;
import dev.priceflow.kit.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/v1/elasticities/{sku}} (marketing, admin): the SKU's own-price elasticity. 400 malformed
 * SKU, 404 unknown SKU, 422 not enough history anywhere, 503 database unavailable; all problem+json.
 */
@RestController
class ElasticityController {

    private static final Logger LOG = LoggerFactory.getLogger(ElasticityController.class);

    private final EstimateElasticity estimateElasticity;

    ElasticityController(EstimateElasticity estimateElasticity) {
        this.estimateElasticity = estimateElasticity;
    }

    @GetMapping("/api/v1/elasticities/{sku}")
    Mono<ElasticityView> elasticity(@PathVariable String sku) {
        if (!Sku.isWellFormed(sku)) {
            return Mono.error(new Problem(ProblemResponses.problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_SKU,
                    "Malformed SKU", "A SKU is 1-32 of A-Z, 0-9, '-', '_'")));
        }
        return Mono.fromCallable(() -> estimateElasticity.of(sku))
                .subscribeOn(Schedulers.boundedElastic())
                .map(outcome -> switch (outcome) {
                    case EstimateElasticity.Outcome.Found found -> ElasticityView.of(found.elasticity());
                    case EstimateElasticity.Outcome.UnknownSku unknown -> throw new Problem(ProblemResponses.problem(
                            HttpStatus.NOT_FOUND, ProblemTypes.UNKNOWN_SKU, "Unknown SKU",
                            "No sales history and no catalogue entry for " + sku));
                    case EstimateElasticity.Outcome.Insufficient insufficient -> throw new Problem(
                            ProblemResponses.problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.INVALID_REQUEST,
                                    "Not enough sales history", insufficient.reason()));
                });
    }

    @ExceptionHandler(Problem.class)
    ProblemDetail problem(Problem e) {
        return e.detail;
    }

    @ExceptionHandler(DataAccessException.class)
    ProblemDetail databaseUnavailable(DataAccessException e) {
        LOG.warn("elasticity read failed cause={}", e.getClass().getSimpleName());
        return ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.DEPENDENCY_UNAVAILABLE,
                "Dependency unavailable", "The sales store is unavailable; try again shortly");
    }

    /** A ready problem answer. */
    static final class Problem extends RuntimeException {
        final transient ProblemDetail detail;

        Problem(ProblemDetail detail) {
            super(detail.getDetail(), null, false, false);
            this.detail = detail;
        }
    }

    /** The answer; numbers rounded to 4 places. {@code categoryElasticity} is the prior shrunk toward. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ElasticityView(String sku, double elasticity, double low, double high, String method, int observations,
                          double shrinkageWeight, double categoryElasticity, String priorScope, String note) {

        static ElasticityView of(Elasticity e) {
            return new ElasticityView(e.sku(), r(e.elasticity()), r(e.low()), r(e.high()), e.method(),
                    e.observations(), r(e.shrinkageWeight()), r(e.priorElasticity()), e.priorScope(), e.note());
        }

        private static double r(double v) {
            return Math.round(v * 10_000) / 10_000.0;
        }
    }
}

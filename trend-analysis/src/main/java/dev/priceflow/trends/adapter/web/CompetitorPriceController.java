package dev.priceflow.trends.adapter.web;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.trends.application.CompetitorPriceIntake;
import dev.priceflow.trends.application.CompetitorPrices;
import dev.priceflow.trends.application.ObservationInput;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code POST /api/v1/competitor-prices} (role marketing): a batch of observations, all valid or none taken
 * (400 with every field error); 202 once Kafka acknowledged the whole batch; 503 when Kafka cannot take it.
 */
@RestController
class CompetitorPriceController {

    private static final Logger LOG = LoggerFactory.getLogger(CompetitorPriceController.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final CompetitorPriceIntake intake;

    CompetitorPriceController(CompetitorPriceIntake intake) {
        this.intake = intake;
    }

    record Batch(List<ObservationInput> observations) {
    }

    @PostMapping("/api/v1/competitor-prices")
    Mono<ResponseEntity<Object>> submit(@RequestBody Batch batch, ServerWebExchange exchange) {
        return Mono.fromCallable(() -> intake.submit(batch.observations()))
                .subscribeOn(Schedulers.boundedElastic())
                .timeout(TIMEOUT)
                .map(result -> switch (result) {
                    case CompetitorPriceIntake.Result.Accepted a ->
                            ResponseEntity.status(HttpStatus.ACCEPTED).<Object>body(Map.of("accepted", a.accepted()));
                    case CompetitorPriceIntake.Result.Rejected r -> {
                        ProblemDetail problem = Problems.body(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST,
                                "Invalid competitor prices", r.errors().size() + " field(s) are invalid; nothing "
                                        + "was stored", exchange);
                        problem.setProperty("errors", r.errors());
                        yield ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                                .<Object>body(problem);
                    }
                })
                .onErrorResume(e -> e instanceof CompetitorPrices.Unavailable || e instanceof TimeoutException, e -> {
                    LOG.warn("competitor prices not stored cause={}", e.toString());
                    return Mono.just(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.DEPENDENCY_UNAVAILABLE,
                            "Kafka unavailable", "The competitor prices could not be stored durably; nothing was "
                                    + "stored, try again later", exchange));
                });
    }
}

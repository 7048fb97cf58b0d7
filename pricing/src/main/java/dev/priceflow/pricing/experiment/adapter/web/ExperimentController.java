package dev.priceflow.pricing.experiment.adapter.web;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.pricing.experiment.application.ExperimentAdmin;
import dev.priceflow.pricing.experiment.application.ExperimentOutcome;
import dev.priceflow.pricing.experiment.domain.ExperimentInput;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** {@code /api/v1/pricing/experiments} (role marketing): create, list, read, end, results. */
@RestController
@RequestMapping(value = "/api/v1/pricing/experiments",
        produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
class ExperimentController {

    private final ExperimentAdmin admin;
    private final Clock clock;

    ExperimentController(ExperimentAdmin admin, Clock clock) {
        this.admin = admin;
        this.clock = clock;
    }

    @Operation(summary = "Create a price experiment on a SKU or a category")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Object>> create(@RequestBody ExperimentInput input, @AuthenticationPrincipal Jwt jwt,
                                        ServerWebExchange exchange) {
        return admin.create(input, jwt.getSubject()).map(o -> answer(o, HttpStatus.CREATED, exchange));
    }

    @Operation(summary = "List experiments, newest first")
    @GetMapping
    Mono<ResponseEntity<Object>> list() {
        return admin.list().map(e -> ExperimentJson.of(e, clock.instant())).collectList()
                .map(ResponseEntity::<Object>ok);
    }

    @Operation(summary = "Read one experiment")
    @GetMapping("/{id}")
    Mono<ResponseEntity<Object>> get(@PathVariable String id, ServerWebExchange exchange) {
        return withId(id, exchange, n -> admin.find(n).map(o -> answer(o, HttpStatus.OK, exchange)));
    }

    @Operation(summary = "End an experiment now (idempotent)")
    @PostMapping("/{id}/end")
    Mono<ResponseEntity<Object>> end(@PathVariable String id, ServerWebExchange exchange) {
        return withId(id, exchange, n -> admin.end(n).map(o -> answer(o, HttpStatus.OK, exchange)));
    }

    @Operation(summary = "Per-arm results with 95 % confidence intervals")
    @GetMapping("/{id}/results")
    Mono<ResponseEntity<Object>> results(@PathVariable String id, ServerWebExchange exchange) {
        return withId(id, exchange, n -> admin.results(n).map(o -> answer(o, HttpStatus.OK, exchange)));
    }

    private Mono<ResponseEntity<Object>> withId(String id, ServerWebExchange exchange,
                                                java.util.function.LongFunction<Mono<ResponseEntity<Object>>> call) {
        long n;
        try {
            n = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Mono.just(notFound("No experiment " + id, exchange));
        }
        return call.apply(n);
    }

    private ResponseEntity<Object> answer(ExperimentOutcome outcome, HttpStatus ok, ServerWebExchange exchange) {
        return switch (outcome) {
            case ExperimentOutcome.Done done -> ResponseEntity.status(ok).contentType(MediaType.APPLICATION_JSON)
                    .body(ExperimentJson.of(done.experiment(), clock.instant()));
            case ExperimentOutcome.Results results -> ResponseEntity.ok(ExperimentJson.of(results));
            case ExperimentOutcome.Invalid invalid -> FieldProblems.invalid("Invalid experiment", invalid.errors(),
                    exchange);
            case ExperimentOutcome.NotFound notFound -> notFound("No experiment " + notFound.id(), exchange);
            case ExperimentOutcome.Conflict conflict -> FieldProblems.of(HttpStatus.CONFLICT, ProblemTypes.CONFLICT,
                    "Conflict", conflict.detail(), exchange);
        };
    }

    private static ResponseEntity<Object> notFound(String detail, ServerWebExchange exchange) {
        return FieldProblems.of(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", detail, exchange);
    }

}

package dev.priceflow.pricing.whatif.adapter.web;

import dev.priceflow.pricing.experiment.adapter.web.FieldProblems;
import dev.priceflow.pricing.whatif.application.SimulationOutcome;
import dev.priceflow.pricing.whatif.application.Simulator;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** {@code POST /api/v1/pricing/simulations} (role marketing): what-if of a promotion or a category policy. */
@RestController
class SimulationController {

    private final Simulator simulator;

    SimulationController(Simulator simulator) {
        this.simulator = simulator;
    }

    @Operation(summary = "Simulate a promotion, an existing promotion or a category policy: units, revenue, margin")
    @PostMapping(value = "/api/v1/pricing/simulations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    Mono<ResponseEntity<Object>> simulate(@RequestBody SimulationJson.Request request, @AuthenticationPrincipal Jwt jwt,
                                          ServerWebExchange exchange) {
        return simulator.simulate(request.input(), jwt.getTokenValue()).map(outcome -> switch (outcome) {
            case SimulationOutcome.Done done -> ResponseEntity.ok()
                    .body((Object) SimulationJson.of(done.result(), done.skus()));
            case SimulationOutcome.Invalid invalid -> FieldProblems.invalid("Invalid simulation", invalid.errors(),
                    exchange);
        });
    }
}

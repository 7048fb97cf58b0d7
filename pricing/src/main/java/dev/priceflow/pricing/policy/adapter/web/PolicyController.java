package dev.priceflow.pricing.policy.adapter.web;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.contracts.Sku;
import dev.priceflow.kit.ProblemResponses;
import dev.priceflow.pricing.policy.application.PolicyAdmin;
import dev.priceflow.pricing.policy.application.PolicyOutcome;
import dev.priceflow.pricing.policy.domain.PolicyFieldError;
import dev.priceflow.pricing.policy.domain.PolicyRules;
import dev.priceflow.pricing.policy.domain.SkuLimits;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Marketing's pricing policies and SKU limits (role marketing). Errors are problem+json naming each field. */
@RestController
@RequestMapping(value = "/api/v1/pricing",
        produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
class PolicyController {

    private final PolicyAdmin admin;

    PolicyController(PolicyAdmin admin) {
        this.admin = admin;
    }

    @Operation(summary = "List every category's pricing policy")
    @GetMapping("/policies")
    Mono<ResponseEntity<Object>> list() {
        return admin.list().map(PolicyJson::of).collectList().map(ResponseEntity::<Object>ok);
    }

    @Operation(summary = "Read one category's pricing policy")
    @GetMapping("/policies/{category}")
    Mono<ResponseEntity<Object>> get(@PathVariable String category, ServerWebExchange exchange) {
        if (!PolicyRules.CATEGORY.matcher(category).matches()) {
            return Mono.just(notFound("No pricing policy for category " + category, exchange));
        }
        return admin.find(category).map(p -> ResponseEntity.<Object>ok(PolicyJson.of(p)))
                .defaultIfEmpty(notFound("No pricing policy for category " + category, exchange));
    }

    @Operation(summary = "Create or replace a category's pricing policy (version optional: optimistic locking)")
    @PutMapping(value = "/policies/{category}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Object>> put(@PathVariable String category, @RequestBody PolicyJson.Request request,
                                     @AuthenticationPrincipal Jwt jwt, ServerWebExchange exchange) {
        return admin.put(category, request.input(), request.version(), jwt.getSubject(),
                jwt.getClaimAsString("preferred_username")).map(o -> answer(o, exchange));
    }

    @Operation(summary = "Read a SKU's floor, ceiling and minimum margin")
    @GetMapping("/skus/{sku}/limits")
    Mono<ResponseEntity<Object>> limits(@PathVariable String sku, ServerWebExchange exchange) {
        if (!Sku.isWellFormed(sku)) {
            return Mono.just(notFound("No product with SKU " + sku, exchange));
        }
        return admin.limits(sku).map(l -> ResponseEntity.<Object>ok(PolicyJson.of(l)))
                .defaultIfEmpty(notFound("No product with SKU " + sku, exchange));
    }

    @Operation(summary = "Set a SKU's floor, ceiling and minimum margin (absent = none / service default)")
    @PutMapping(value = "/skus/{sku}/limits", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Object>> putLimits(@PathVariable String sku, @RequestBody SkuLimits.Input request,
                                           @AuthenticationPrincipal Jwt jwt, ServerWebExchange exchange) {
        if (!Sku.isWellFormed(sku)) {
            return Mono.just(notFound("No product with SKU " + sku, exchange));
        }
        return admin.putLimits(sku, request, jwt.getSubject(), jwt.getClaimAsString("preferred_username"))
                .map(o -> answer(o, exchange));
    }

    private ResponseEntity<Object> answer(PolicyOutcome outcome, ServerWebExchange exchange) {
        return switch (outcome) {
            case PolicyOutcome.Saved saved when saved.cachesStale() -> {
                ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.DEPENDENCY_UNAVAILABLE,
                        "Saved, but cached prices may be stale", "The change is saved, but the pricing version "
                                + "could not be bumped: cached prices may be stale for up to their TTL (60 s). Do not "
                                + "resend the change.", exchange);
                problem.setProperty("saved", PolicyJson.view(saved.saved()));
                yield ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON).header(HttpHeaders.RETRY_AFTER, "60")
                        .body(problem);
            }
            case PolicyOutcome.Saved saved -> ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                    .contentType(MediaType.APPLICATION_JSON).body(PolicyJson.view(saved.saved()));
            case PolicyOutcome.Invalid invalid -> invalid(invalid.errors(), exchange);
            case PolicyOutcome.NotFound notFound -> notFound(notFound.detail(), exchange);
            case PolicyOutcome.Conflict conflict -> answer(HttpStatus.CONFLICT,
                    problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict", conflict.detail(), exchange));
        };
    }

    private static ResponseEntity<Object> invalid(List<PolicyFieldError> errors, ServerWebExchange exchange) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid pricing policy",
                String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList()), exchange);
        problem.setProperty("errors", errors.stream()
                .map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        return answer(HttpStatus.BAD_REQUEST, problem);
    }

    private static ResponseEntity<Object> notFound(String detail, ServerWebExchange exchange) {
        return answer(HttpStatus.NOT_FOUND, problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", detail,
                exchange));
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail,
                                         ServerWebExchange exchange) {
        ProblemDetail problem = ProblemResponses.problem(status, type, title, detail);
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        return problem;
    }

    private static ResponseEntity<Object> answer(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

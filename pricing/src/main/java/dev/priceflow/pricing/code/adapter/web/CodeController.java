package dev.priceflow.pricing.code.adapter.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.kit.ProblemResponses;
import dev.priceflow.pricing.code.application.CodeAdmin;
import dev.priceflow.pricing.code.application.CodeOutcome;
import dev.priceflow.pricing.code.application.RedemptionState;
import dev.priceflow.pricing.promotion.application.Actor;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Codes and limits of a promotion (role marketing, under the promotions API). */
@RestController
@RequestMapping("/api/v1/promotions/{id}")
class CodeController {

    private final CodeAdmin admin;

    CodeController(CodeAdmin admin) {
        this.admin = admin;
    }

    record RulesRequest(Integer maxUses, Integer maxUsesPerUser, String budget, String publicCode, Integer priority) {
    }

    record GenerateRequest(Integer count) {
    }

    record View(UUID promotionId, boolean cartLevel, String codeMode, String publicCode, long uniqueCodes,
                long uniqueCodesUsed, Integer maxUses, Integer maxUsesPerUser,
                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budget, int uses,
                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal granted, int priority, Integer generated) {

        static View of(RedemptionState s, Integer generated) {
            return new View(s.promotionId(), s.cartLevel(), s.codeMode().toLowerCase(Locale.ROOT), s.publicCode(),
                    s.uniqueCodes(), s.uniqueCodesUsed(), s.maxUses(), s.maxUsesPerUser(), s.budget(), s.uses(),
                    s.granted(), s.priority(), generated);
        }
    }

    @Operation(summary = "Codes, limits and usage of a promotion")
    @GetMapping(value = "/redemption", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Object>> rules(@PathVariable String id, ServerWebExchange exchange) {
        return id(id).map(uuid -> admin.find(uuid).map(s -> ResponseEntity.<Object>ok(View.of(s, null)))
                        .defaultIfEmpty(notFound(id, exchange)))
                .orElseGet(() -> Mono.just(notFound(id, exchange)));
    }

    @Operation(summary = "Set limits (maxUses, maxUsesPerUser, budget) and the public code; makes it cart-level")
    @PutMapping(value = "/redemption", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    Mono<ResponseEntity<Object>> setRules(@PathVariable String id, @RequestBody RulesRequest body,
                                          @AuthenticationPrincipal Jwt jwt, ServerWebExchange exchange) {
        return id(id).map(uuid -> admin.setRules(uuid, body.maxUses(), body.maxUsesPerUser(), body.budget(),
                        body.publicCode(), body.priority(), actor(jwt)).map(o -> answer(o, id, HttpStatus.OK, exchange)))
                .orElseGet(() -> Mono.just(notFound(id, exchange)));
    }

    @Operation(summary = "Generate N unique single-use codes (cryptographically random, readable alphabet)")
    @PostMapping(value = "/codes", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    Mono<ResponseEntity<Object>> generate(@PathVariable String id, @RequestBody GenerateRequest body,
                                          @AuthenticationPrincipal Jwt jwt, ServerWebExchange exchange) {
        return id(id).map(uuid -> admin.generate(uuid, body.count(), actor(jwt))
                        .map(o -> answer(o, id, HttpStatus.CREATED, exchange)))
                .orElseGet(() -> Mono.just(notFound(id, exchange)));
    }

    @Operation(summary = "Download every code of the promotion as CSV (code,uses)")
    @GetMapping(value = "/codes", produces = "text/csv")
    ResponseEntity<Flux<String>> csv(@PathVariable String id) {
        Flux<String> rows = id(id).map(uuid -> admin.codes(uuid).map(c -> c.code() + "," + c.uses() + "\n"))
                .orElseGet(Flux::empty);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"promotion-" + id + "-codes.csv\"")
                .body(Flux.concat(Flux.just("code,uses\n"), rows));
    }

    private static ResponseEntity<Object> answer(CodeOutcome outcome, String id, HttpStatus ok,
                                                 ServerWebExchange exchange) {
        return switch (outcome) {
            case CodeOutcome.Done done when done.cachesStale() -> problem(HttpStatus.SERVICE_UNAVAILABLE,
                    ProblemTypes.DEPENDENCY_UNAVAILABLE, "Saved, but cached prices may be stale",
                    "The change is saved, but the pricing version could not be bumped. Do not resend it.", exchange);
            case CodeOutcome.Done done -> ResponseEntity.status(ok).contentType(MediaType.APPLICATION_JSON)
                    .body(View.of(done.state(), ok == HttpStatus.CREATED ? done.generated() : null));
            case CodeOutcome.Invalid invalid -> {
                ResponseEntity<Object> answer = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST,
                        "Invalid request", invalid.errors().stream().map(e -> e.field() + ": " + e.message())
                                .reduce((a, b) -> a + "; " + b).orElse("invalid"), exchange);
                ((ProblemDetail) answer.getBody()).setProperty("errors", invalid.errors().stream()
                        .map(e -> Map.of("field", e.field(), "message", e.message())).toList());
                yield answer;
            }
            case CodeOutcome.NotFound notFound -> notFound(id, exchange);
            case CodeOutcome.Conflict conflict -> problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict",
                    conflict.detail(), exchange);
        };
    }

    private static ResponseEntity<Object> notFound(String id, ServerWebExchange exchange) {
        return problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Unknown promotion", "No promotion with id " + id,
                exchange);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, URI type, String title, String detail,
                                                  ServerWebExchange exchange) {
        ProblemDetail body = ProblemResponses.problem(status, type, title, detail);
        body.setInstance(URI.create(exchange.getRequest().getPath().value()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static Optional<UUID> id(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Actor actor(Jwt jwt) {
        return new Actor(jwt.getSubject(), jwt.getClaimAsString("preferred_username"));
    }
}

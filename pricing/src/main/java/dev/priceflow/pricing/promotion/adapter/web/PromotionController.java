package dev.priceflow.pricing.promotion.adapter.web;

import dev.priceflow.pricing.promotion.application.Actor;
import dev.priceflow.pricing.promotion.application.PromotionAdmin;
import dev.priceflow.pricing.promotion.application.PromotionLifecycle;
import dev.priceflow.pricing.promotion.application.PromotionOutcome;
import dev.priceflow.pricing.promotion.domain.FieldError;
import dev.priceflow.pricing.promotion.domain.PromotionStatus;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Marketing's promotions API (role marketing). Errors are problem+json; a 400 names every bad field. */
@RestController
@RequestMapping(value = "/api/v1/promotions",
        produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
class PromotionController {

    private final PromotionAdmin admin;
    private final PromotionLifecycle lifecycle;

    PromotionController(PromotionAdmin admin, PromotionLifecycle lifecycle) {
        this.admin = admin;
        this.lifecycle = lifecycle;
    }

    @Operation(summary = "Create a promotion (draft or scheduled)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Object>> create(@RequestBody PromotionJson.Request request, @AuthenticationPrincipal Jwt jwt,
                                        ServerWebExchange exchange) {
        return admin.create(request.input(true), actor(jwt)).map(outcome -> answer(outcome, "-", true, exchange));
    }

    @Operation(summary = "List promotions, newest first (at most 500), optionally by status")
    @GetMapping
    Mono<ResponseEntity<Object>> list(@RequestParam(required = false) String status, ServerWebExchange exchange) {
        Optional<PromotionStatus> wanted = PromotionStatus.parse(status);
        if (status != null && wanted.isEmpty()) {
            return Mono.just(PromotionProblems.invalid(List.of(new FieldError("status",
                    "must be draft, pending_approval, scheduled, active, ended or archived")), exchange));
        }
        return admin.list(wanted).map(p -> PromotionJson.of(p, admin.now())).collectList()
                .map(ResponseEntity::<Object>ok);
    }

    @Operation(summary = "Read one promotion")
    @GetMapping("/{id}")
    Mono<ResponseEntity<Object>> get(@PathVariable String id, ServerWebExchange exchange) {
        return id(id).map(uuid -> admin.find(uuid).map(p -> ResponseEntity.<Object>ok(PromotionJson.of(p, admin.now())))
                        .defaultIfEmpty(PromotionProblems.notFound(id, exchange)))
                .orElseGet(() -> Mono.just(PromotionProblems.notFound(id, exchange)));
    }

    @Operation(summary = "Replace the definition of a draft or not-yet-started scheduled promotion (needs version)")
    @PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Object>> put(@PathVariable String id, @RequestBody PromotionJson.Request request,
                                     @AuthenticationPrincipal Jwt jwt, ServerWebExchange exchange) {
        return edit(id, request, false, jwt, exchange);
    }

    @Operation(summary = "Change some fields of a draft or not-yet-started scheduled promotion (needs version)")
    @PatchMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Object>> patch(@PathVariable String id, @RequestBody PromotionJson.Request request,
                                       @AuthenticationPrincipal Jwt jwt, ServerWebExchange exchange) {
        return edit(id, request, true, jwt, exchange);
    }

    @Operation(summary = "End a promotion now; it is kept, never deleted")
    @PostMapping("/{id}/end")
    Mono<ResponseEntity<Object>> end(@PathVariable String id, @AuthenticationPrincipal Jwt jwt,
                                     ServerWebExchange exchange) {
        return id(id).map(uuid -> admin.end(uuid, actor(jwt)).map(o -> answer(o, id, false, exchange)))
                .orElseGet(() -> Mono.just(PromotionProblems.notFound(id, exchange)));
    }

    @Operation(summary = "Approve a promotion pending approval (a marketing user other than its creator)")
    @PostMapping("/{id}/approve")
    Mono<ResponseEntity<Object>> approve(@PathVariable String id, @AuthenticationPrincipal Jwt jwt,
                                         ServerWebExchange exchange) {
        return id(id).map(uuid -> lifecycle.approve(uuid, actor(jwt)).map(o -> answer(o, id, false, exchange)))
                .orElseGet(() -> Mono.just(PromotionProblems.notFound(id, exchange)));
    }

    @Operation(summary = "Archive a draft, pending or ended promotion; it is kept, never deleted")
    @PostMapping("/{id}/archive")
    Mono<ResponseEntity<Object>> archive(@PathVariable String id, @AuthenticationPrincipal Jwt jwt,
                                         ServerWebExchange exchange) {
        return id(id).map(uuid -> lifecycle.archive(uuid, actor(jwt)).map(o -> answer(o, id, false, exchange)))
                .orElseGet(() -> Mono.just(PromotionProblems.notFound(id, exchange)));
    }

    private Mono<ResponseEntity<Object>> edit(String id, PromotionJson.Request request, boolean partial, Jwt jwt,
                                              ServerWebExchange exchange) {
        return id(id).map(uuid -> admin.replace(uuid, request.input(false), request.version(), partial, actor(jwt))
                        .map(o -> answer(o, id, false, exchange)))
                .orElseGet(() -> Mono.just(PromotionProblems.notFound(id, exchange)));
    }

    private ResponseEntity<Object> answer(PromotionOutcome outcome, String id, boolean created,
                                          ServerWebExchange exchange) {
        return switch (outcome) {
            case PromotionOutcome.Saved saved when saved.cachesStale() ->
                    PromotionProblems.savedButCachesStale(PromotionJson.of(saved.promotion(), admin.now()), exchange);
            case PromotionOutcome.Saved saved -> created
                    ? ResponseEntity.created(URI.create("/api/v1/promotions/" + saved.promotion().id()))
                            .contentType(MediaType.APPLICATION_JSON).body(PromotionJson.of(saved.promotion(), admin.now()))
                    : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                            .body(PromotionJson.of(saved.promotion(), admin.now()));
            case PromotionOutcome.Invalid invalid -> PromotionProblems.invalid(invalid.errors(), exchange);
            case PromotionOutcome.NotFound notFound -> PromotionProblems.notFound(id, exchange);
            case PromotionOutcome.Conflict conflict -> PromotionProblems.conflict(conflict.detail(), exchange);
            case PromotionOutcome.Forbidden forbidden -> PromotionProblems.forbidden(forbidden.detail(), exchange);
        };
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

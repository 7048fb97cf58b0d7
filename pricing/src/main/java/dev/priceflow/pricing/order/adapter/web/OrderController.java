package dev.priceflow.pricing.order.adapter.web;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.kit.ProblemResponses;
import dev.priceflow.pricing.order.application.CartOutcome;
import dev.priceflow.pricing.order.application.CartOutcome.Kind;
import dev.priceflow.pricing.order.application.CartService;
import dev.priceflow.pricing.order.application.Checkout;
import dev.priceflow.pricing.order.application.OrderRequest;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Shopper's carts: price one ({@code /orders/price}, writes nothing) or place it ({@code /orders}, redeems). */
@RestController
@RequestMapping(value = "/api/v1/orders", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
class OrderController {

    private final CartService carts;
    private final Checkout checkout;

    OrderController(CartService carts, Checkout checkout) {
        this.carts = carts;
        this.checkout = checkout;
    }

    @Operation(summary = "Price a cart of signed quotes with cart-level promotions and codes (redeems nothing)")
    @PostMapping("/price")
    Mono<ResponseEntity<Object>> price(@RequestBody OrderRequest request, Principal principal,
                                       ServerWebExchange exchange) {
        return carts.price(principal.getName(), request).map(outcome -> answer(outcome, exchange));
    }

    @Operation(summary = "Place an order: re-price, redeem codes, uses and budgets atomically; idempotent on "
            + "the Idempotency-Key header")
    @PostMapping
    Mono<ResponseEntity<Object>> place(@RequestBody OrderRequest request,
                                       @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                       Principal principal, ServerWebExchange exchange) {
        return checkout.place(principal.getName(), key, request).map(outcome -> answer(outcome, exchange));
    }

    private static ResponseEntity<Object> answer(CartOutcome outcome, ServerWebExchange exchange) {
        return switch (outcome) {
            case CartOutcome.Priced priced -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(OrderJson.of(priced.cart(), null, null));
            case CartOutcome.Placed placed -> ResponseEntity.created(URI.create("/api/v1/orders/" + placed.orderId()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(OrderJson.of(placed.cart(), placed.orderId(), placed.createdAt()));
            case CartOutcome.Replayed replayed -> ResponseEntity.status(HttpStatus.CREATED)
                    .contentType(MediaType.APPLICATION_JSON).header("Idempotent-Replayed", "true")
                    .body(replayed.receipt());
            case CartOutcome.Rejected rejected -> problem(rejected, exchange);
        };
    }

    private static ResponseEntity<Object> problem(CartOutcome.Rejected rejected, ServerWebExchange exchange) {
        HttpStatus status = switch (rejected.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_YOURS -> HttpStatus.FORBIDDEN;
            case CODE_REFUSED -> HttpStatus.CONFLICT;
            case QUOTE_EXPIRED, QUOTE_INVALID, UNPROCESSABLE, KEY_REUSED -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        URI type = switch (rejected.kind()) {
            case NOT_YOURS -> ProblemTypes.FORBIDDEN;
            case QUOTE_EXPIRED -> ProblemTypes.QUOTE_EXPIRED;
            case QUOTE_INVALID -> ProblemTypes.INVALID_QUOTE;
            case CODE_REFUSED -> ProblemTypes.PROMOTION_CODE_REFUSED;
            case INVALID, UNPROCESSABLE, KEY_REUSED -> ProblemTypes.INVALID_REQUEST;
        };
        ProblemDetail body = ProblemResponses.problem(status, type, rejected.title(), rejected.problems().stream()
                .map(CartOutcome.Problem::detail).collect(Collectors.joining("; ")));
        body.setInstance(URI.create(exchange.getRequest().getPath().value()));
        rejected.problems().stream().filter(p -> p.line() != null).findFirst()
                .ifPresent(p -> body.setProperty("line", p.line()));
        rejected.problems().stream().filter(p -> p.code() != null).findFirst()
                .ifPresent(p -> body.setProperty("code", p.code()));
        body.setProperty("errors", rejected.problems().stream().map(p -> {
            Map<String, Object> e = new LinkedHashMap<>();
            if (p.line() != null) {
                e.put("line", p.line());
            }
            if (p.code() != null) {
                e.put("code", p.code());
            }
            e.put("detail", p.detail());
            return e;
        }).toList());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}

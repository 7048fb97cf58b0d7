package dev.priceflow.pricing.adapter.web;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.contracts.api.PriceQuote;
import dev.priceflow.pricing.application.QuoteOutcome;
import dev.priceflow.pricing.application.QuoteOutcome.Issued;
import dev.priceflow.pricing.application.QuoteOutcome.Rejected;
import dev.priceflow.pricing.application.QuoteRequest;
import dev.priceflow.pricing.application.QuoteService;
import dev.priceflow.pricing.domain.Quote;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.priceflow.pricing.promotion.application.OfferLookup;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/prices")
class PriceController {

    private final QuoteService quotes;
    private final ObjectProvider<OfferLookup> offers;

    PriceController(QuoteService quotes, ObjectProvider<OfferLookup> offers) {
        this.quotes = quotes;
        this.offers = offers;
    }

    /**
     * The quote plus the multi-unit cart offers the shopper could get with this SKU ("buy 3 get 1 free"): they
     * never change the quoted unit price. Additive to {@link PriceQuote}: clients that do not know the field ignore it.
     */
    record QuoteWithOffers(@JsonUnwrapped PriceQuote quote, List<OfferView> availableOffers) {
    }

    /** {@code kind}: BUY_X_GET_Y, TIERED or BUNDLE; {@code description}: e.g. "buy 2 get 1 free". */
    record OfferView(UUID promotionId, String name, String kind, String description) {
    }

    @Operation(summary = "Quote the price of a SKU for the signed-in shopper",
            description = "List price, a bounded personal discount from the shopper's behaviour (or none, "
                    + "with the reason), the single best active promotion (promotions do not stack), the margin "
                    + "floor guardrail and one HALF_EVEN rounding, each step explained. The quote is signed "
                    + "(HMAC-SHA256 over quoteId|userId|sku|currency|price|expiresAt), audited and valid until "
                    + "expiresAt. Roles: shopper, marketing or admin.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The quote",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = PriceQuote.class)))
    @ApiResponse(responseCode = "400", description = "Malformed SKU or channel", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "No valid bearer token", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "No shopper, marketing or admin role", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Unknown SKU", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "Catalogue, promotions or audit log unavailable",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(value = "/{sku}", produces = {MediaType.APPLICATION_JSON_VALUE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    Mono<ResponseEntity<Object>> price(
            @Parameter(description = "SKU: 1-32 of A-Z, 0-9, '-', '_'", example = "85123A") @PathVariable String sku,
            @Parameter(description = "Sales channel", example = "web") @RequestParam(defaultValue = "web")
            String channel,
            Principal principal, ServerWebExchange exchange) {
        // The principal's name is the token's subject: the Keycloak user id (service-kit KeycloakRealmRoles).
        return quotes.quote(new QuoteRequest(principal.getName(), sku, channel))
                .flatMap(outcome -> outcome instanceof Issued issued ? withOffers(principal.getName(), issued)
                        : Mono.just(answer(outcome, exchange)));
    }

    private Mono<ResponseEntity<Object>> withOffers(String userId, Issued issued) {
        return withOffers(offers.getIfAvailable(), userId, issued.quote())
                .map(body -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body));
    }

    /** The quote with the offers the shopper could get with its SKU (none when offers are not wired). */
    static Mono<QuoteWithOffers> withOffers(OfferLookup lookup, String userId, Quote quote) {
        Mono<List<OfferView>> found = lookup == null ? Mono.just(List.of())
                : lookup.forShopper(userId, quote.sku().value(), quote.pricingVersion()).map(list -> list.stream()
                        .map(o -> new OfferView(o.promotionId(), o.name(), o.kind().name(), o.description())).toList());
        return found.map(list -> new QuoteWithOffers(QuoteJson.of(quote), list));
    }

    private static ResponseEntity<Object> answer(QuoteOutcome outcome, ServerWebExchange exchange) {
        return switch (outcome) {
            case Issued issued -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(QuoteJson.of(issued.quote()));
            case Rejected rejected -> switch (rejected.reason()) {
                case MALFORMED_SKU -> Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_SKU,
                        "Malformed SKU", rejected.detail(), exchange);
                case INVALID_CHANNEL -> Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST,
                        "Invalid channel", rejected.detail(), exchange);
                case UNKNOWN_SKU -> Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.UNKNOWN_SKU,
                        "Unknown SKU", rejected.detail(), exchange);
            };
        };
    }
}

package dev.priceflow.pricing.adapter.web;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.contracts.api.BatchQuoteRequest;
import dev.priceflow.contracts.api.BatchQuoteResponse;
import dev.priceflow.pricing.application.BatchQuotes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import dev.priceflow.pricing.promotion.application.OfferLookup;
import java.security.Principal;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code POST /api/v1/prices/batch}: the signed-in shopper's quotes for up to 100 SKUs in one call. */
@RestController
@RequestMapping("/api/v1/prices")
class BatchPriceController {

    private final BatchQuotes batches;
    private final ObjectProvider<OfferLookup> offers;

    BatchPriceController(BatchQuotes batches, ObjectProvider<OfferLookup> offers) {
        this.batches = batches;
        this.offers = offers;
    }

    /**
     * {@link BatchQuoteResponse} with each quote's {@code availableOffers}, as the single endpoint answers them
     * (additive: a client reading BatchQuoteResponse ignores the field).
     */
    record BatchWithOffers(List<PriceController.QuoteWithOffers> quotes, List<String> unknownSkus) {
    }

    @Operation(summary = "Quote up to 100 SKUs for the signed-in shopper",
            description = "One quote per distinct SKU, in request order, each exactly as GET /api/v1/prices/{sku} "
                    + "computes, signs, records and announces it, with its availableOffers; SKUs the catalogue "
                    + "does not know are listed in unknownSkus. Role: shopper.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The quotes", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = BatchQuoteResponse.class)))
    @ApiResponse(responseCode = "400", description = "No SKUs, more than 100, a malformed SKU or channel",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "Catalogue, promotions or audit log unavailable",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(value = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    Mono<ResponseEntity<Object>> batch(@RequestBody BatchQuoteRequest request, Principal principal,
                                       ServerWebExchange exchange) {
        return batches.quote(principal.getName(), request.skus(), request.channel())
                .flatMap(outcome -> switch (outcome) {
                    case BatchQuotes.Outcome.Quoted quoted -> withOffers(principal.getName(), quoted);
                    case BatchQuotes.Outcome.Invalid invalid -> Mono.just(invalid(invalid, exchange));
                });
    }

    /** Offers are looked up per SKU from the per-version cache (OfferLookup), in request order. */
    private Mono<ResponseEntity<Object>> withOffers(String userId, BatchQuotes.Outcome.Quoted quoted) {
        OfferLookup lookup = offers.getIfAvailable();
        return Flux.fromIterable(quoted.quotes())
                .concatMap(quote -> PriceController.withOffers(lookup, userId, quote))
                .collectList()
                .map(list -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                        .body(new BatchWithOffers(list, quoted.unknownSkus())));
    }

    private static ResponseEntity<Object> invalid(BatchQuotes.Outcome.Invalid invalid, ServerWebExchange exchange) {
        if (invalid.malformedSkus().isEmpty()) {
            return Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid batch",
                    invalid.detail(), exchange);
        }
        ProblemDetail problem = Problems.body(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_SKU, "Malformed SKU",
                invalid.detail(), exchange);
        problem.setProperty("malformedSkus", invalid.malformedSkus());
        return Problems.builder(HttpStatus.BAD_REQUEST).body(problem);
    }
}

package dev.priceflow.gateway.price.adapter.web;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.contracts.Sku;
import dev.priceflow.contracts.api.PriceQuote;
import dev.priceflow.gateway.adapter.web.Problems;
import dev.priceflow.gateway.price.application.PriceLookup;
import dev.priceflow.gateway.price.application.PriceResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code GET /api/v1/prices/{sku}}: the signed-in shopper's price, through the gateway's cache. */
@Tag(name = "Prices")
@RestController
@RequestMapping(PriceController.BASE)
class PriceController {

    static final String BASE = "/api/v1/prices";
    // "batch" is not a SKU (SKUs are upper case): POST /api/v1/prices/batch must reach the route to pricing
    // instead of being answered 405 here.
    static final String ONE_SKU = "/{sku:(?!batch$).+}";

    static final String CACHE_HEADER = "X-Cache";
    static final String DEGRADED_HEADER = "X-Price-Degraded";
    /** Channels are part of a Redis key: a short lower-case word keeps keys unambiguous. */
    static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9-]{0,15}");

    private final PriceLookup prices;
    private final JsonMapper json;

    PriceController(PriceLookup prices, JsonMapper json) {
        this.prices = prices;
        this.json = json;
    }

    @Operation(summary = "The signed-in shopper's personal price for one SKU",
            description = "Answered from the gateway cache (X-Cache: HIT) or by pricing (MISS, or BYPASS when the "
                    + "cache is unavailable). Never invents a price: 503 when pricing cannot answer.")
    @ApiResponse(responseCode = "200", description = "A signed quote",
            headers = @Header(name = CACHE_HEADER, description = "HIT, MISS, BYPASS, or STALE with X-Price-Degraded: "
                    + "true and degraded: true in the body (pricing down: the shopper's last quote)"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = PriceQuote.class)))
    @ApiResponse(responseCode = "400", description = "Malformed SKU or channel", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "404", description = "Unknown SKU (from pricing)", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "503", description = "Pricing unavailable", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @GetMapping(ONE_SKU)
    Mono<ResponseEntity<?>> price(@PathVariable String sku, @RequestParam(defaultValue = "web") String channel,
                                  @AuthenticationPrincipal Jwt token) {
        if (!Sku.isWellFormed(sku)) {
            return Mono.just(Problems.response(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_SKU,
                    "a SKU is 1-32 characters of A-Z, 0-9, '-' and '_'"));
        }
        if (!CHANNEL.matcher(channel).matches()) {
            return Mono.just(Problems.response(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST,
                    "channel must be a short lower-case word such as 'web'"));
        }
        return prices.lookup(token.getSubject(), sku, channel, token.getTokenValue()).map(this::answer);
    }

    private ResponseEntity<?> answer(PriceResult result) {
        return switch (result) {
            case PriceResult.Degraded degraded -> ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(CACHE_HEADER, "STALE")
                    .header(DEGRADED_HEADER, "true")
                    .body(markDegraded(degraded.body()));
            case PriceResult.Quoted quoted -> ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(CACHE_HEADER, quoted.cache().name())
                    .body(quoted.body());
            case PriceResult.Refused refused when refused.body().isBlank() -> refusedWithoutBody(refused.status());
            case PriceResult.Refused refused -> ResponseEntity.status(refused.status())
                    .contentType(MediaType.parseMediaType(refused.contentType()))
                    .body(refused.body());
            case PriceResult.Unavailable unavailable -> Problems.response(HttpStatus.SERVICE_UNAVAILABLE,
                    ProblemTypes.DEPENDENCY_UNAVAILABLE, "no price can be given right now; try again shortly");
        };
    }

    /**
     * The last quote, marked: {@code degraded: true} and why. Its price, steps and signature are pricing's own
     * (never below the floor pricing enforced); an expired quote is refused at checkout, which re-prices.
     */
    private String markDegraded(String body) {
        ObjectNode quote = (ObjectNode) json.readTree(body);
        quote.put("degraded", true);
        quote.put("degradedReason", "pricing is unavailable: this is the last price quoted to you (issued "
                + quote.path("issuedAt").asString() + "); it may have changed");
        return json.writeValueAsString(quote);
    }

    /** Pricing said no without saying why: keep its status, give the client a problem document anyway. */
    private static ResponseEntity<?> refusedWithoutBody(int code) {
        HttpStatus status = HttpStatus.resolve(code) != null ? HttpStatus.valueOf(code) : HttpStatus.BAD_REQUEST;
        return Problems.response(status, Problems.typeFor(status), "pricing refused the request");
    }
}

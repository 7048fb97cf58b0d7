package dev.priceflow.pricing.adapter.web;

import dev.priceflow.contracts.api.PriceQuote;
import dev.priceflow.pricing.domain.Quote;
import java.util.List;

/** Maps a domain quote to the wire record the gateway and storefront read. */
final class QuoteJson {

    private QuoteJson() {
    }

    static PriceQuote of(Quote quote) {
        List<PriceQuote.AppliedPromotion> applied = quote.breakdown().appliedPromotion()
                .map(a -> new PriceQuote.AppliedPromotion(a.promotion().id(), a.promotion().name(), a.amountOff()))
                .stream().toList();
        List<PriceQuote.ExplanationStep> explanation = quote.breakdown().steps().stream()
                .map(step -> new PriceQuote.ExplanationStep(step.rule().name(), step.detail(), step.priceAfter()))
                .toList();
        return new PriceQuote(quote.sku().value(), quote.currency().getCurrencyCode(), quote.listPrice(),
                quote.price(), quote.personalized(), applied, explanation, quote.quoteId(), quote.issuedAt(),
                quote.expiresAt(), quote.pricingVersion(), quote.signature());
    }
}

package dev.priceflow.recommender.recommendation.application;

import dev.priceflow.contracts.api.PriceQuote;
import dev.priceflow.recommender.recommendation.domain.Product;
import dev.priceflow.recommender.recommendation.domain.Ranked;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Turns a ranked list into the answer with ONE batch call to pricing. When pricing fails (fail-closed for
 * money: no guessed discount), each item shows its list price with {@code priceDegraded: true}; an item
 * pricing does not know is shown the same way.
 */
public final class PricedAnswer {

    private final Prices prices;
    private final Clock clock;

    public PricedAnswer(Prices prices, Clock clock) {
        this.prices = prices;
        this.clock = clock;
    }

    public Mono<Recommendations> price(String context, boolean cold, List<Ranked> ranked, String authorization) {
        if (ranked.isEmpty()) {
            return Mono.just(new Recommendations(context, cold, false, clock.instant(), List.of()));
        }
        List<String> skus = ranked.stream().map(r -> r.product().sku()).toList();
        return prices.quotes(skus, authorization).map(quotes -> {
            List<Recommendations.Item> items = ranked.stream().map(r -> item(r, quotes)).toList();
            boolean degraded = items.stream().anyMatch(Recommendations.Item::priceDegraded);
            return new Recommendations(context, cold, degraded, clock.instant(), items);
        });
    }

    private static Recommendations.Item item(Ranked r, Optional<Map<String, PriceQuote>> quotes) {
        Product p = r.product();
        PriceQuote q = quotes.map(m -> m.get(p.sku())).orElse(null);
        double score = Math.round(r.score() * 10_000) / 10_000.0;
        if (q == null) {
            BigDecimal list = toMinorUnit(p.listPrice(), p.currency());
            return new Recommendations.Item(p.sku(), p.name(), p.category(), p.currency(), list, list, false, true,
                    List.of(), null, null, score, r.reasons());
        }
        return new Recommendations.Item(p.sku(), p.name(), p.category(), q.currency(), q.listPrice(), q.price(),
                q.personalized(), false, q.explanation(), q.quoteId(), q.expiresAt(), score, r.reasons());
    }

    /** The one rounding rule for list prices read from the index: HALF_EVEN to the currency's minor unit. */
    static BigDecimal toMinorUnit(BigDecimal amount, String currency) {
        if (amount == null) {
            return null;
        }
        int digits = 2;
        try {
            digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException | NullPointerException e) {
            // unknown currency code: keep two decimals
        }
        return amount.setScale(digits, RoundingMode.HALF_EVEN);
    }
}

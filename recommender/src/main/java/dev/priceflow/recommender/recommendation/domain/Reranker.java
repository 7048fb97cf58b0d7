package dev.priceflow.recommender.recommendation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Blends candidates from every source into one list: each source's scores are scaled by that source's best,
 * weighted and summed per SKU; then out-of-stock, already bought, excluded (the page's product, the cart) and
 * filtered-out items are dropped, the score is scaled by the fit to the shopper's price band, categories are
 * capped for diversity and a share of slots goes to exploration. Deterministic for a given {@code random}.
 */
public final class Reranker {

    private final RerankSettings settings;

    public Reranker(RerankSettings settings) {
        this.settings = settings;
    }

    public record Request(Collection<Candidate> candidates, Map<String, Product> products, Set<String> exclude,
                          PriceBand band, int limit, String category, BigDecimal maxPrice, Random random) {
    }

    public List<Ranked> rank(Request r) {
        Map<Source, Double> best = new HashMap<>();
        for (Candidate c : r.candidates()) {
            best.merge(c.source(), c.score(), Math::max);
        }
        Map<String, Double> score = new HashMap<>();
        // per SKU, the strongest candidate of each source gives that source's one reason
        Map<String, Map<Source, Candidate>> strongest = new HashMap<>();
        for (Candidate c : r.candidates()) {
            Product p = r.products().get(c.sku());
            if (p == null || !eligible(p, r)) {
                continue;
            }
            double top = best.get(c.source());
            double scaled = top > 0 ? c.score() / top : 0;
            score.merge(c.sku(), settings.weight(c.source()) * scaled, Double::sum);
            strongest.computeIfAbsent(c.sku(), k -> new EnumMap<>(Source.class))
                    .merge(c.source(), c, (a, b) -> b.score() > a.score() ? b : a);
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Map.Entry<String, Double> e : score.entrySet()) {
            Product p = r.products().get(e.getKey());
            double fit = r.band().fit(p.listPrice());
            List<String> why = new ArrayList<>();
            strongest.get(e.getKey()).values().stream()
                    .sorted(Comparator.comparingDouble((Candidate c) -> -settings.weight(c.source())))
                    .forEach(c -> why.add(Reasons.of(c, r.products())));
            if (r.band().known() && fit >= 0.6) {
                why.add("in your usual price range");
            }
            double s = e.getValue() * (1 - settings.priceBandWeight() + settings.priceBandWeight() * fit);
            ranked.add(new Ranked(p, s, why));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed()
                .thenComparing(x -> x.product().sku()));
        return Diversifier.pick(ranked, r.limit(), settings.maxCategoryShare(), settings.explorationShare(),
                r.random());
    }

    private static boolean eligible(Product p, Request r) {
        return p.stock() > 0 && !r.exclude().contains(p.sku())
                && (r.category() == null || r.category().equals(p.category()))
                && (r.maxPrice() == null || (p.listPrice() != null && p.listPrice().compareTo(r.maxPrice()) <= 0));
    }
}

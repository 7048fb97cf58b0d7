package dev.priceflow.recommender.recommendation.application;

import dev.priceflow.recommender.recommendation.domain.Candidate;
import dev.priceflow.recommender.recommendation.domain.PriceBand;
import dev.priceflow.recommender.recommendation.domain.Product;
import dev.priceflow.recommender.recommendation.domain.Ranked;
import dev.priceflow.recommender.recommendation.domain.RecommendationContext;
import dev.priceflow.recommender.recommendation.domain.RecommendationQuery;
import dev.priceflow.recommender.recommendation.domain.Reranker;
import dev.priceflow.recommender.recommendation.domain.ShopperHistory;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Recommendations for one shopper: cached answer (field = pricing version + request; no cache while the version
 * is unknown), else, one computation per shopper and field at a time: history → seeds → candidates from every
 * source (each skipped on error or timeout) → rerank → one batch price call → cache. A cold shopper gets popular
 * and trending items (and, on a product page, items like that product). Trends are read for the {@code category}
 * filter, else the categories of the context and the shopper's history, else every configured category.
 */
public final class Recommend {

    private static final Logger LOG = LoggerFactory.getLogger(Recommend.class);

    private final Catalogue catalogue;
    private final ShopperSignals signals;
    private final CandidateSources sources;
    private final AnswerCache cache;
    private final PricingVersion pricingVersion;
    private final SingleFlight<Recommendations> inFlight = new SingleFlight<>();
    private final Reranker reranker;
    private final PricedAnswer pricing;
    private final RecommendSettings settings;
    private final Clock clock;

    public Recommend(Catalogue catalogue, ShopperSignals signals, TrendSignals trends, AnswerCache cache,
                     PricingVersion pricingVersion, Reranker reranker, PricedAnswer pricing,
                     RecommendSettings settings, Clock clock) {
        this.catalogue = catalogue;
        this.signals = signals;
        this.sources = new CandidateSources(catalogue, signals, trends, settings);
        this.cache = cache;
        this.pricingVersion = pricingVersion;
        this.reranker = reranker;
        this.pricing = pricing;
        this.settings = settings;
        this.clock = clock;
    }

    public Mono<Recommendations> recommend(String userId, String authorization, RecommendationQuery query) {
        String version = pricingVersion.current().orElse(null);
        if (version == null) {
            return inFlight.join(userId + "|?|" + query.cacheField(), () -> compute(userId, authorization, query));
        }
        String field = "v" + version + "|" + query.cacheField();
        return cache.get(userId, field).switchIfEmpty(inFlight.join(userId + "|" + field,
                () -> compute(userId, authorization, query).flatMap(answer -> answer.items().isEmpty()
                        ? Mono.just(answer) : cache.put(userId, field, answer).thenReturn(answer))));
    }

    private Mono<Recommendations> compute(String userId, String authorization, RecommendationQuery query) {
        Mono<ShopperHistory> history = signals.history(userId).timeout(settings.sourceTimeout())
                .onErrorResume(e -> skip("history", e, ShopperHistory.empty()));
        return contextProduct(query.context()).then(history).flatMap(h -> {
            List<String> seeds = seeds(query.context(), h);
            return catalogue.products(union(seeds, h.recent(), h.bought())).flatMap(known ->
                    sources.candidates(seeds, known, trendCategories(query, seeds, h, known)).flatMap(candidates -> {
                        Set<String> need = new HashSet<>();
                        candidates.forEach(c -> need.add(c.sku()));
                        return catalogue.products(need).map(products -> {
                            products.putAll(known);
                            return rank(userId, query, h, seeds, candidates, products, known);
                        });
                    }))
                    .flatMap(ranked -> pricing.price(query.context().label(), h.isCold(), ranked, authorization));
        });
    }

    private List<Ranked> rank(String userId, RecommendationQuery query, ShopperHistory h, List<String> seeds,
                              List<Candidate> candidates, Map<String, Product> products,
                              Map<String, Product> known) {
        Set<String> exclude = new HashSet<>(h.bought());
        exclude.addAll(h.cart());
        if (query.context() instanceof RecommendationContext.ProductPage page) {
            exclude.add(page.sku());
        }
        List<java.math.BigDecimal> pastPrices = new ArrayList<>();
        for (String sku : union(h.recent(), h.bought())) {
            Product p = known.get(sku);
            if (p != null) {
                pastPrices.add(p.listPrice());
            }
        }
        // Exploration changes hourly per shopper, yet a repeated request gives the same list.
        long hour = clock.instant().truncatedTo(ChronoUnit.HOURS).getEpochSecond();
        Random random = new Random(userId.hashCode() * 31L + hour);
        return reranker.rank(new Reranker.Request(candidates, products, exclude, PriceBand.of(pastPrices),
                query.limit(), query.category(), query.maxPrice(), random));
    }

    /** The filter's category; else those of the seeds and the history (seeds first); else the configured ones. */
    private List<String> trendCategories(RecommendationQuery query, List<String> seeds, ShopperHistory h,
                                         Map<String, Product> known) {
        if (query.category() != null) {
            return List.of(query.category());
        }
        LinkedHashSet<String> categories = new LinkedHashSet<>();
        for (String sku : union(seeds, h.recent(), h.bought())) {
            Product p = known.get(sku);
            if (p != null && p.category() != null) {
                categories.add(p.category());
            }
        }
        return categories.isEmpty() ? settings.trendCategories() : new ArrayList<>(categories);
    }

    private Mono<Void> contextProduct(RecommendationContext context) {
        if (context instanceof RecommendationContext.ProductPage page) {
            return catalogue.products(List.of(page.sku())).flatMap(found -> found.containsKey(page.sku())
                    ? Mono.<Void>empty() : Mono.error(new UnknownContextSku(page.sku())));
        }
        return Mono.empty();
    }

    private List<String> seeds(RecommendationContext context, ShopperHistory h) {
        List<String> seeds = switch (context) {
            case RecommendationContext.ProductPage page -> List.of(page.sku());
            case RecommendationContext.Cart cart -> h.cart().isEmpty() ? h.recent() : h.cart();
            case RecommendationContext.Home home -> union(h.recent(), h.bought());
        };
        return seeds.stream().limit(settings.seeds()).toList();
    }

    private static <T> Mono<T> skip(String source, Throwable e, T fallback) {
        LOG.warn("candidate source skipped source={} error={}", source, e.toString());
        return Mono.just(fallback);
    }

    @SafeVarargs
    private static List<String> union(List<String> first, java.util.Collection<String>... more) {
        LinkedHashSet<String> out = new LinkedHashSet<>(first);
        for (java.util.Collection<String> c : more) {
            out.addAll(c);
        }
        return new ArrayList<>(out);
    }
}

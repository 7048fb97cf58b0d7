package dev.priceflow.profile.domain;

import dev.priceflow.contracts.events.AddedToCart;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.ProductViewed;
import dev.priceflow.contracts.events.PurchaseCompleted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How an event changes a shopper's {@link Behaviour}. Category weights: a view 1, a cart add 3, each purchase
 * line 5 (intent grows along the funnel), decayed by {@link CategoryDecay}. Recent views keep the
 * {@code recentViewsLimit} most recently viewed distinct SKUs. {@code facts} holds the catalogue facts of the
 * event's SKUs; a SKU missing there counts as {@link ProductFacts#unknown}.
 */
public final class BehaviourRules {

    public static final double VIEW_WEIGHT = 1.0;
    public static final double CART_WEIGHT = 3.0;
    public static final double PURCHASE_LINE_WEIGHT = 5.0;

    private final CategoryDecay decay;
    private final int recentViewsLimit;

    public BehaviourRules(CategoryDecay decay, int recentViewsLimit) {
        if (recentViewsLimit < 1) {
            throw new IllegalArgumentException("recentViewsLimit must be at least 1");
        }
        this.decay = decay;
        this.recentViewsLimit = recentViewsLimit;
    }

    public CategoryDecay decay() {
        return decay;
    }

    public Behaviour apply(Behaviour b, CommerceEvent event, Map<String, ProductFacts> facts) {
        return applyAll(b, List.of(event), facts);
    }

    /**
     * {@link #apply} of each event in turn, with the per-SKU map copied once for all of them instead of once per
     * event (a shopper's map holds every SKU they ever touched; copying it per event dominated batch counting).
     */
    public Behaviour applyAll(Behaviour b, List<? extends CommerceEvent> events, Map<String, ProductFacts> facts) {
        Map<String, SkuActivity> skus = null;
        CategoryDecay.Scores scores = new CategoryDecay.Scores(b.categories(), b.categoriesAsOf());
        List<RecentView> recent = b.recentViews();
        Instant lastPurchase = b.lastPurchaseAt();
        for (CommerceEvent event : events) {
            Instant at = event.occurredAt();
            switch (event) {
                case ProductViewed e -> {
                    skus = skus == null ? new TreeMap<>(b.skus()) : skus;
                    ProductFacts f = facts(facts, e.sku());
                    skus.put(e.sku(), skus.getOrDefault(e.sku(), SkuActivity.NONE).viewed(f.listPrice()));
                    scores = decay.add(scores.values(), scores.asOf(), f.category(), VIEW_WEIGHT, at);
                    recent = remember(recent, new RecentView(e.sku(), at));
                }
                case AddedToCart e -> {
                    skus = skus == null ? new TreeMap<>(b.skus()) : skus;
                    ProductFacts f = facts(facts, e.sku());
                    skus.put(e.sku(), skus.getOrDefault(e.sku(), SkuActivity.NONE)
                            .carted(e.unitPrice().amount(), f.listPrice()));
                    scores = decay.add(scores.values(), scores.asOf(), f.category(), CART_WEIGHT, at);
                }
                case PurchaseCompleted e -> {
                    skus = skus == null ? new TreeMap<>(b.skus()) : skus;
                    for (PurchaseCompleted.Line line : e.lines()) {
                        ProductFacts f = facts(facts, line.sku());
                        skus.put(line.sku(), skus.getOrDefault(line.sku(), SkuActivity.NONE).bought(line.quantity(),
                                line.unitPrice().amount(), line.onPromotion(), f.listPrice()));
                        scores = decay.add(scores.values(), scores.asOf(), f.category(), PURCHASE_LINE_WEIGHT, at);
                    }
                    lastPurchase = lastPurchase == null || at.isAfter(lastPurchase) ? at : lastPurchase;
                }
                default -> {
                    // searches and competitor prices leave the behaviour as it is
                }
            }
        }
        return skus == null ? b : new Behaviour(lastPurchase, scores.values(), scores.asOf(), recent, skus);
    }

    private List<RecentView> remember(List<RecentView> recent, RecentView view) {
        List<RecentView> all = new ArrayList<>(recent);
        all.add(view);
        all.sort(Comparator.comparing(RecentView::at).reversed().thenComparing(RecentView::sku));
        Set<String> seen = new HashSet<>();
        List<RecentView> out = new ArrayList<>();
        for (RecentView v : all) {
            if (seen.add(v.sku()) && out.size() < recentViewsLimit) {
                out.add(v);
            }
        }
        return out;
    }

    private static ProductFacts facts(Map<String, ProductFacts> facts, String sku) {
        return facts.getOrDefault(sku, ProductFacts.unknown(sku));
    }
}

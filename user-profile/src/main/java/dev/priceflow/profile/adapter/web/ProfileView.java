package dev.priceflow.profile.adapter.web;

import dev.priceflow.profile.application.ProfileQuery;
import dev.priceflow.profile.domain.ProfileFeatures;
import dev.priceflow.profile.domain.ProfileTotals;
import dev.priceflow.profile.domain.RecentView;
import dev.priceflow.profile.domain.Rfm;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /api/v1/profiles/me} and {@code /profiles/{userId}}: every component of
 * {@code contracts.api.ShopperProfile} with the same name and meaning (so clients of that record read it
 * unchanged), plus the derived features. Scores are numbers with four decimals; money stays a decimal string.
 */
record ProfileView(String userId, long views, long cartAdds, long purchases, long searches, long unitsBought,
                   String monetary, String currency, Instant lastEventAt, Instant lastPurchaseAt, RfmView rfm,
                   BigDecimal priceSensitivity, BigDecimal discountAffinity, List<CategoryShare> categoryAffinity,
                   List<String> recentViews, SegmentView segment, Instant computedAt) {

    /** Recency in days since the last purchase (null: never bought), purchases, money spent, and 1..5 scores. */
    record RfmView(Long recencyDays, long frequency, String monetary, int recencyScore, int frequencyScore,
                   int monetaryScore, String code) {
    }

    /** A category's share of the shopper's decayed interest (shares over all categories sum to 1). */
    record CategoryShare(String category, BigDecimal share) {
    }

    /** The shopper's segment under model {@code modelId}. */
    record SegmentView(long modelId, int id, String label) {
    }

    static ProfileView of(ProfileQuery.Answer a) {
        ProfileTotals t = a.profile().totals();
        ProfileFeatures f = a.features();
        Rfm r = f.rfm();
        var s = a.profile().segment();
        return new ProfileView(t.userId(), t.views(), t.cartAdds(), t.purchases(), t.searches(), t.unitsBought(),
                t.monetary().toPlainString(), t.currency(), t.lastEventAt(), a.profile().behaviour().lastPurchaseAt(),
                new RfmView(r.recencyDays(), r.frequency(), r.monetary().toPlainString(), r.recencyScore(),
                        r.frequencyScore(), r.monetaryScore(), r.code()),
                score(f.priceSensitivity()), f.discountAffinity() == null ? null : score(f.discountAffinity()),
                f.topCategories().entrySet().stream().map(e -> new CategoryShare(e.getKey(), score(e.getValue())))
                        .toList(),
                a.profile().behaviour().recentViews().stream().map(RecentView::sku).toList(),
                s == null ? null : new SegmentView(s.modelId(), s.id(), s.label()), a.at());
    }

    static BigDecimal score(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN);
    }
}

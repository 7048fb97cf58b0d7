package dev.priceflow.profile.adapter.web;

import dev.priceflow.profile.application.ProfileQuery;
import dev.priceflow.profile.domain.Behaviour;
import dev.priceflow.profile.domain.CategoryDecay;
import dev.priceflow.profile.domain.RecentView;
import dev.priceflow.profile.domain.SkuActivity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/profiles/me/export}: everything user-profile holds about the caller — the profile as
 * answered by {@code /me}, the raw category scores (valued at {@code categoriesAsOf}), recent views with their
 * times, per-SKU activity, and the erasure marker if the shopper erased before.
 */
record ProfileExport(String userId, Instant exportedAt, ProfileView profile, Map<String, BigDecimal> categoryScores,
                     Instant categoriesAsOf, List<RecentView> recentViews, List<SkuView> skus, Instant erasedAt,
                     String note) {

    /** What the shopper did with one SKU; money as decimal strings in the profile currency. */
    record SkuView(String sku, long views, long cartAdds, String lastCartPrice, long unitsBought, long linesBought,
                   long promoLines, String paidValue, String listValue, String listPrice) {
    }

    static ProfileExport of(ProfileQuery.Answer a, CategoryDecay decay) {
        Behaviour b = a.profile().behaviour();
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        b.categories().forEach((k, v) -> scores.put(k, ProfileView.score(v)));
        List<SkuView> skus = b.skus().entrySet().stream().map(e -> view(e.getKey(), e.getValue())).toList();
        return new ProfileExport(a.profile().userId(), a.at(), ProfileView.of(a), scores, b.categoriesAsOf(),
                b.recentViews(), skus, a.erasedAt(),
                "Category scores decay with a half-life of " + decay.halfLife().toDays() + " days. Event ids "
                        + "already counted are kept without any link to you, to count each event once.");
    }

    private static SkuView view(String sku, SkuActivity a) {
        return new SkuView(sku, a.views(), a.cartAdds(), plain(a.lastCartPrice()), a.unitsBought(), a.linesBought(),
                a.promoLines(), plain(a.paidValue()), plain(a.listValue()), plain(a.listPrice()));
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}

package dev.priceflow.profile.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.profile.application.Fixtures;
import dev.priceflow.profile.domain.Behaviour;
import dev.priceflow.profile.domain.Profile;
import dev.priceflow.profile.domain.ProfileTotals;
import dev.priceflow.profile.domain.RecentView;
import dev.priceflow.profile.domain.SegmentRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedisHotProfilesTest {

    private static final Instant AT = Instant.parse("2026-11-20T10:15:30Z");

    @Test
    void layoutTwoKeepsEveryV1FieldPricingReadsAndAddsTheFeatures() {
        Profile p = new Profile(new ProfileTotals("u-1", 3, 2, 1, 4, 6, new BigDecimal("15.30"), "GBP", AT),
                new Behaviour(AT, Map.of("kitchen", 3.0, "bags", 1.0), AT,
                        List.of(new RecentView("B2", AT), new RecentView("A1", AT.minusSeconds(5))), Map.of()),
                new SegmentRef(7, 2, "mid value, price-insensitive, active"));

        Map<String, String> fields = RedisHotProfiles.fields(p, Fixtures.insights().of(p, AT));

        assertThat(fields).containsEntry("version", "2")
                .containsEntry("views", "3").containsEntry("cartAdds", "2").containsEntry("purchases", "1")
                .containsEntry("searches", "4").containsEntry("unitsBought", "6").containsEntry("monetary", "15.30")
                .containsEntry("currency", "GBP").containsEntry("lastEventAt", AT.toString())
                .containsEntry("lastPurchaseAt", AT.toString()).containsEntry("rfm", "511")
                .containsEntry("priceSensitivity", "0.5000").containsEntry("topCategories", "kitchen:0.7500,bags:0.2500")
                .containsEntry("recentViews", "B2,A1").containsEntry("segmentId", "2")
                .containsEntry("segmentModelId", "7").doesNotContainKey("discountAffinity");
    }
}

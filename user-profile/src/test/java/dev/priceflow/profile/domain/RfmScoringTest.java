package dev.priceflow.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfmScoringTest {

    private static final Instant NOW = Instant.parse("2026-11-20T00:00:00Z");
    private final RfmScoring rfm = new RfmScoring(List.of(30L, 90L, 180L, 365L), List.of(2L, 4L, 8L, 16L),
            List.of(new BigDecimal("50"), new BigDecimal("200"), new BigDecimal("500"), new BigDecimal("1000")));

    @Test
    void aRecentFrequentBigSpenderScores555() {
        Rfm r = rfm.score(totals(20, "1500.00"), NOW.minus(Duration.ofDays(3)), NOW);

        assertThat(r.code()).isEqualTo("555");
        assertThat(r.recencyDays()).isEqualTo(3);
    }

    @Test
    void scoresStepAtTheThresholds() {
        assertThat(rfm.score(totals(1, "49.99"), NOW.minus(Duration.ofDays(30)), NOW).code()).isEqualTo("511");
        assertThat(rfm.score(totals(2, "50.00"), NOW.minus(Duration.ofDays(31)), NOW).code()).isEqualTo("422");
        assertThat(rfm.score(totals(8, "500"), NOW.minus(Duration.ofDays(365)), NOW).code()).isEqualTo("244");
        assertThat(rfm.score(totals(16, "999.99"), NOW.minus(Duration.ofDays(366)), NOW).code()).isEqualTo("154");
    }

    @Test
    void aShopperWhoNeverBoughtHasNoRecencyAndScores111() {
        Rfm r = rfm.score(ProfileTotals.empty("u", "GBP"), null, NOW);

        assertThat(r.recencyDays()).isNull();
        assertThat(r.code()).isEqualTo("111");
    }

    private static ProfileTotals totals(long purchases, String monetary) {
        return new ProfileTotals("u", 0, 0, purchases, 0, purchases, new BigDecimal(monetary), "GBP", NOW);
    }
}

package dev.priceflow.pricing.promotion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A schedule carries an IANA zone (default Europe/London); local date-times are stored as instants. */
class PromotionTimeZoneTest {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private static PromotionRules.Checked check(String starts, String ends, String zone) {
        return PromotionRules.check(new PromotionInput("Summer", "PERCENT_OFF", "20", "SKU-1", null, starts, ends,
                "scheduled", zone), NOW);
    }

    @Test
    void localDateTimesAreReadInTheDefaultZoneEuropeLondon() {
        PromotionSpec spec = check("2026-07-01T09:00", "2026-12-01T00:00", null).spec();

        assertThat(spec.timeZone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(spec.startsAt()).isEqualTo(Instant.parse("2026-07-01T08:00:00Z")); // BST, UTC+1
        assertThat(spec.endsAt()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));   // GMT
    }

    @Test
    void localDateTimesAreReadInTheGivenZoneAndInstantsStayInstants() {
        PromotionSpec spec = check("2026-07-01T09:00:00", "2026-07-02T00:00:00Z", "America/New_York").spec();

        assertThat(spec.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(spec.startsAt()).isEqualTo(Instant.parse("2026-07-01T13:00:00Z"));
        assertThat(spec.endsAt()).isEqualTo(Instant.parse("2026-07-02T00:00:00Z"));
    }

    @Test
    void aLocalTimeSkippedByTheClockChangeMovesForwardByTheGap() {
        // 2027-03-28 01:30 does not exist in London (clocks go 01:00 GMT -> 02:00 BST)
        PromotionSpec spec = check("2027-03-28T01:30", "2027-04-01T00:00", "Europe/London").spec();

        assertThat(spec.startsAt()).isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
    }

    @Test
    void anUnknownZoneIsReportedAgainstTheField() {
        PromotionRules.Checked checked = check("2026-07-01T09:00", "2026-07-02T09:00", "Mars/Olympus");
        PromotionRules.Checked offset = check("2026-07-01T09:00", "2026-07-02T09:00", "+01:00");

        assertThat(checked.spec()).isNull();
        assertThat(checked.errors()).extracting(FieldError::field).containsExactly("timeZone");
        assertThat(checked.errors().getFirst().message()).contains("IANA", "Mars/Olympus");
        assertThat(offset.errors()).extracting(FieldError::field).containsExactly("timeZone");
    }
}

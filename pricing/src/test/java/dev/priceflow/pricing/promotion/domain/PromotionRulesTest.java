package dev.priceflow.pricing.promotion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.pricing.domain.Promotion;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PromotionRulesTest {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    static PromotionInput valid() {
        return new PromotionInput("Summer", "PERCENT_OFF", "20", "SKU-1", null, "2026-06-02T00:00:00Z",
                "2026-06-09T00:00:00Z", "scheduled");
    }

    @Test
    void aValidInputBecomesASpec() {
        PromotionRules.Checked checked = PromotionRules.check(valid(), NOW);

        assertThat(checked.errors()).isEmpty();
        assertThat(checked.spec().kind()).isEqualTo(Promotion.Kind.PERCENT_OFF);
        assertThat(checked.spec().value()).isEqualByComparingTo("20");
        assertThat(checked.spec().status()).isEqualTo(PromotionStatus.SCHEDULED);
        assertThat(checked.spec().target()).isInstanceOf(Promotion.ForSku.class);
    }

    @ParameterizedTest(name = "{0}={1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "value|-5|greater than 0",
            "value|0|greater than 0",
            "value|abc|decimal number",
            "value|100|below 100",
            "value|150.5|below 100",
            "value|1000000|at most 100000",
            "value|12.12345|decimal places",
            "name|'   '|blank",
            "kind|BOGOF|FIXED_PRICE",
            "status|active|draft or scheduled",
            "startsAt|tomorrow|ISO-8601",
            "endsAt|2026-06-01T23:00:00Z|after startsAt",
            "sku|bad sku!|well-formed"})
    void eachBadFieldIsNamed(String field, String bad, String message) {
        PromotionInput in = valid();
        in = switch (field) {
            case "value" -> new PromotionInput(in.name(), in.kind(), bad, in.sku(), null, in.startsAt(), in.endsAt(),
                    in.status());
            case "name" -> new PromotionInput(bad, in.kind(), in.value(), in.sku(), null, in.startsAt(), in.endsAt(),
                    in.status());
            case "kind" -> new PromotionInput(in.name(), bad, in.value(), in.sku(), null, in.startsAt(), in.endsAt(),
                    in.status());
            case "status" -> new PromotionInput(in.name(), in.kind(), in.value(), in.sku(), null, in.startsAt(),
                    in.endsAt(), bad);
            case "startsAt" -> new PromotionInput(in.name(), in.kind(), in.value(), in.sku(), null, bad, in.endsAt(),
                    in.status());
            case "endsAt" -> new PromotionInput(in.name(), in.kind(), in.value(), in.sku(), null, in.startsAt(), bad,
                    in.status());
            default -> new PromotionInput(in.name(), in.kind(), in.value(), bad, null, in.startsAt(), in.endsAt(),
                    in.status());
        };

        PromotionRules.Checked checked = PromotionRules.check(in, NOW);

        String expectedField = field.equals("sku") ? "target.sku" : field;
        assertThat(checked.spec()).isNull();
        assertThat(checked.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(expectedField);
            assertThat(error.message()).contains(message);
        });
    }

    @Test
    void aTooLongNameAFixedPriceBelowOnePennyAndAPastEndAreAllReportedAtOnce() {
        PromotionInput in = new PromotionInput("x".repeat(121), "FIXED_PRICE", "0.001", "SKU-1", null,
                "2026-05-01T00:00:00Z", "2026-05-02T00:00:00Z", "draft");

        assertThat(PromotionRules.check(in, NOW).errors()).extracting(FieldError::field)
                .containsExactly("name", "value", "endsAt");
    }

    @Test
    void theTargetNamesExactlyOneOfSkuAndCategory() {
        PromotionInput both = new PromotionInput("A", "AMOUNT_OFF", "1.50", "SKU-1", "HOME", "2026-06-02T00:00:00Z",
                "2026-06-03T00:00:00Z", "draft");
        PromotionInput neither = new PromotionInput("A", "AMOUNT_OFF", "1.50", null, " ", "2026-06-02T00:00:00Z",
                "2026-06-03T00:00:00Z", "draft");

        assertThat(PromotionRules.check(both, NOW).errors()).extracting(FieldError::field).containsExactly("target");
        assertThat(PromotionRules.check(neither, NOW).errors()).extracting(FieldError::field)
                .containsExactly("target");
    }

    @Test
    void aFixedPriceOfOnePennyAndACategoryTargetAreAccepted() {
        PromotionInput in = new PromotionInput("Penny", "fixed_price", "0.01", null, "HOME", "2026-06-02T00:00:00Z",
                "2026-06-03T00:00:00Z", "DRAFT");

        PromotionRules.Checked checked = PromotionRules.check(in, NOW);

        assertThat(checked.errors()).isEmpty();
        assertThat(checked.spec().value()).isEqualByComparingTo(new BigDecimal("0.01"));
        assertThat(checked.spec().target()).isEqualTo(new Promotion.ForCategory("HOME"));
    }

    @Test
    void aPartialEditKeepsWhatItLeavesOut() {
        PromotionSpec spec = PromotionRules.check(valid(), NOW).spec();

        PromotionInput merged = new PromotionInput(null, null, "25", null, null, null, null, null)
                .over(PromotionInput.of(spec));

        assertThat(merged.value()).isEqualTo("25");
        assertThat(merged.name()).isEqualTo("Summer");
        assertThat(merged.sku()).isEqualTo("SKU-1");
        assertThat(PromotionRules.check(merged, NOW).errors()).isEmpty();
    }
}

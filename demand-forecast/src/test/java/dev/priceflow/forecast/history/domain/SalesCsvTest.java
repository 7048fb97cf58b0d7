package dev.priceflow.forecast.history.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SalesCsvTest {

    private final SalesCsv csv = new SalesCsv(100);

    private SalesCsv.Result validate(String text) {
        return csv.validate(text.lines().iterator());
    }

    private List<LineError> errors(String text) {
        SalesCsv.Result result = validate(text);
        assertThat(result).isInstanceOf(SalesCsv.Result.Invalid.class);
        return ((SalesCsv.Result.Invalid) result).errors();
    }

    @Test
    void aValidFileGivesEveryRowAndItsSummary() {
        SalesCsv.Result result = validate("""
                sku,day,units,revenue,onPromotion
                85123A,2026-01-05,3,7.65,false
                85123A,2026-01-06,2,4.50,true
                71053,2026-01-04,0,0,
                """);

        assertThat(result).isInstanceOf(SalesCsv.Result.Valid.class);
        SalesCsv.Result.Valid valid = (SalesCsv.Result.Valid) result;
        assertThat(valid.rows()).containsExactly(
                new DailySales("85123A", LocalDate.parse("2026-01-05"), 3, new BigDecimal("7.65"), 0),
                new DailySales("85123A", LocalDate.parse("2026-01-06"), 2, new BigDecimal("4.50"), 2),
                new DailySales("71053", LocalDate.parse("2026-01-04"), 0, new BigDecimal("0.00"), 0));
        assertThat(valid.summary()).isEqualTo(new ImportSummary(3, 2, LocalDate.parse("2026-01-04"),
                LocalDate.parse("2026-01-06")));
        assertThat(valid.rows().get(0).averagePaidPrice()).contains(new BigDecimal("2.5500"));
    }

    @Test
    void withoutThePromotionColumnNothingIsOnPromotionAndRevenueIsRoundedHalfEven() {
        SalesCsv.Result.Valid valid = (SalesCsv.Result.Valid) validate("sku,day,units,revenue\r\nA1,2026-01-01,1,2.345\r\n");

        assertThat(valid.rows()).containsExactly(new DailySales("A1", LocalDate.parse("2026-01-01"), 1,
                new BigDecimal("2.34"), 0));
    }

    @Test
    void anEmptyFileIsRejected() {
        assertThat(errors("")).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.reason()).contains("empty");
        });
    }

    @Test
    void aHeaderWithoutRowsOrAWrongHeaderIsRejected() {
        assertThat(errors("sku,day,units,revenue\n")).extracting(LineError::reason)
                .containsExactly("the file has a header but no data rows");
        assertThat(errors("sku;day;units;revenue\nA,2026-01-01,1,1\n")).singleElement()
                .satisfies(e -> assertThat(e.reason()).startsWith("the header must be"));
    }

    @Test
    void everyBadRowIsReportedWithItsLineNumberAndReason() {
        List<LineError> errors = errors("""
                sku,day,units,revenue
                A1,2026-01-01,NaN,1.00
                A1,2026-01-02,-3,1.00
                A1,2026-01-03,2,NaN
                A1,2026-01-04,2,-1.00
                A1,2026-01-05,,1.00
                a-lower,2026-01-01,1,1.00
                A1,01/06/2026,1,1.00
                A1,2026-01-07,1.5,1.00
                A1,2026-01-08,1
                A1,2026-01-09,0,5.00
                B1,2026-01-02,1,1.00
                B1,2026-01-01,1,1.00
                B1,2026-01-02,1,1.00
                """);

        assertThat(errors).extracting(LineError::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 13L, 14L);
        assertThat(errors).extracting(LineError::reason).satisfiesExactly(
                r -> assertThat(r).isEqualTo("units 'NaN' is not a whole number"),
                r -> assertThat(r).isEqualTo("units must not be negative (-3)"),
                r -> assertThat(r).isEqualTo("revenue 'NaN' is not a decimal number"),
                r -> assertThat(r).isEqualTo("revenue must not be negative (-1.00)"),
                r -> assertThat(r).isEqualTo("units is empty"),
                r -> assertThat(r).startsWith("malformed SKU 'a-lower'"),
                r -> assertThat(r).startsWith("day '01/06/2026' is not an ISO date"),
                r -> assertThat(r).isEqualTo("units '1.5' is not a whole number"),
                r -> assertThat(r).isEqualTo("expected 4 comma-separated fields, found 3"),
                r -> assertThat(r).isEqualTo("revenue 5.00 without any units sold"),
                r -> assertThat(r).startsWith("day 2026-01-01 for SKU B1 is out of order (line 12 has 2026-01-02"),
                r -> assertThat(r).isEqualTo("duplicate day 2026-01-02 for SKU B1 (first on line 12)"));
    }

    @Test
    void daysMayInterleaveAcrossSkusButMustAscendWithinEach() {
        assertThat(validate("""
                sku,day,units,revenue
                A1,2026-01-01,1,1
                B1,2025-12-01,1,1
                A1,2026-01-02,1,1
                B1,2025-12-02,1,1
                """)).isInstanceOf(SalesCsv.Result.Valid.class);
    }

    @Test
    void theReportedListIsCappedButEveryBadLineIsCounted() {
        StringBuilder text = new StringBuilder("sku,day,units,revenue\n");
        for (int i = 0; i < 250; i++) {
            text.append("A1,2026-01-01,-1,1\n");
        }
        SalesCsv.Result.Invalid invalid = (SalesCsv.Result.Invalid) validate(text.toString());

        assertThat(invalid.errors()).hasSize(100);
        assertThat(invalid.totalErrors()).isEqualTo(250);
        assertThat(invalid.errors().get(99).line()).isEqualTo(101);
    }

    @Test
    void aBadPromotionFlagOrABlankLineInTheMiddleIsRejected() {
        assertThat(errors("sku,day,units,revenue,onPromotion\nA1,2026-01-01,1,1,maybe\n\nA1,2026-01-03,1,1,true\n"))
                .containsExactly(new LineError(2, "onPromotion 'maybe' must be true or false"),
                        new LineError(3, "empty line"));
    }
}

package dev.priceflow.pricing.code.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CodeGeneratorTest {

    @Test
    void codesAreDistinctReadableAndValidCodes() {
        List<String> codes = CodeGenerator.secure().generate(2000);

        assertThat(codes).hasSize(2000).doesNotHaveDuplicates();
        assertThat(codes).allSatisfy(code -> {
            assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
            assertThat(code).doesNotContain("0", "O", "1", "I", "L");
            assertThat(RedemptionRules.CODE.matcher(code).matches()).isTrue();
        });
    }

    @Test
    void aSeededGeneratorIsReproducible() {
        assertThat(new CodeGenerator(new Random(7)).generate(5)).isEqualTo(new CodeGenerator(new Random(7)).generate(5));
    }

    @Test
    void rulesNameEveryBadField() {
        RedemptionRules.Checked checked = RedemptionRules.check(0, -1, "12.345", "no spaces!");

        assertThat(checked.rules()).isNull();
        assertThat(checked.errors()).extracting(e -> e.field())
                .containsExactly("maxUses", "maxUsesPerUser", "budget", "publicCode");
        RedemptionRules ok = RedemptionRules.check(1, null, "500.00", " summer-10 ").rules();
        assertThat(ok.publicCode()).isEqualTo("SUMMER-10");
        assertThat(ok.budget()).isEqualTo(new BigDecimal("500.00"));
    }
}

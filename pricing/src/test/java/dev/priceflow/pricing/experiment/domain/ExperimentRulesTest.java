package dev.priceflow.pricing.experiment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.pricing.experiment.domain.ExperimentInput.ArmInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExperimentRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final BigDecimal CAP = BigDecimal.TEN;
    private static final List<ArmInput> ARMS = List.of(new ArmInput("control", BigDecimal.ZERO, null),
            new ArmInput("plus5", BigDecimal.valueOf(5), null), new ArmInput("minus5", BigDecimal.valueOf(-5), null));

    private static ExperimentInput input(List<ArmInput> arms, Integer holdout, String starts, String ends) {
        return new ExperimentInput("test", "22423", null, arms, holdout, starts, ends);
    }

    @Test
    void aValidExperimentGetsEqualWeightsAddingUpTo100() {
        ExperimentRules.Checked c = ExperimentRules.check(input(ARMS, 10, null, "2026-12-01T00:00:00Z"), CAP, NOW,
                "mia");
        assertThat(c.errors()).isEmpty();
        assertThat(c.experiment().arms()).extracting(Arm::weightPercent).containsExactly(34, 33, 33);
        assertThat(c.experiment().startsAt()).isEqualTo(NOW);
        assertThat(c.experiment().status(NOW)).isEqualTo(Experiment.Status.RUNNING);
    }

    @Test
    void everyBadFieldIsNamed() {
        List<ArmInput> bad = List.of(new ArmInput("control", BigDecimal.ONE, null),
                new ArmInput("plus20", BigDecimal.valueOf(20), null));
        ExperimentRules.Checked c = ExperimentRules.check(new ExperimentInput("", "22423", "kitchen", bad, 95,
                "2026-12-02T00:00:00Z", "2026-12-01T00:00:00Z"), CAP, NOW, "mia");
        assertThat(c.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("name", "sku",
                "arms[0].priceChangePercent", "arms[1].priceChangePercent", "holdoutPercent", "endsAt");
    }

    @Test
    void weightsMustBeAllOrNoneAndAddUpTo100() {
        List<ArmInput> partial = List.of(new ArmInput("control", BigDecimal.ZERO, 50),
                new ArmInput("plus5", BigDecimal.valueOf(5), null));
        assertThat(ExperimentRules.check(input(partial, 0, null, "2026-12-01T00:00:00Z"), CAP, NOW, "mia").errors())
                .extracting(FieldError::field).containsExactly("arms");
        List<ArmInput> wrongSum = List.of(new ArmInput("control", BigDecimal.ZERO, 50),
                new ArmInput("plus5", BigDecimal.valueOf(5), 40));
        assertThat(ExperimentRules.check(input(wrongSum, 0, null, "2026-12-01T00:00:00Z"), CAP, NOW, "mia").errors())
                .extracting(FieldError::message).anyMatch(m -> m.contains("add up to 100"));
    }

    @Test
    void tooLongOrMalformedWindowsAreRefused() {
        assertThat(ExperimentRules.check(input(ARMS, 0, null, "2027-06-01T00:00:00Z"), CAP, NOW, "mia").errors())
                .extracting(FieldError::field).containsExactly("endsAt");
        assertThat(ExperimentRules.check(input(ARMS, 0, "tomorrow", "2026-12-01T00:00:00Z"), CAP, NOW, "mia")
                .errors()).extracting(FieldError::field).containsExactly("startsAt");
    }
}

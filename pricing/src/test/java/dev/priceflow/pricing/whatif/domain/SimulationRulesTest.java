package dev.priceflow.pricing.whatif.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.pricing.experiment.domain.FieldError;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SimulationRulesTest {

    private static final SimulationInput.PromotionProposal OK =
            new SimulationInput.PromotionProposal("PERCENT_OFF", BigDecimal.TEN, "22423", null);

    private static java.util.List<String> fields(SimulationInput in) {
        return SimulationRules.check(in).errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aValidRequestHasNoErrors() {
        assertThat(fields(new SimulationInput("2026-12-01", "2026-12-14", "web", OK, null, null))).isEmpty();
    }

    @Test
    void datesAreCheckedAndNamed() {
        assertThat(fields(new SimulationInput("2026-12-15", "2026-12-14", "web", OK, null, null)))
                .containsExactly("from");
        assertThat(fields(new SimulationInput("2026-01-01", "2026-12-14", "web", OK, null, null)))
                .containsExactly("to");
        assertThat(fields(new SimulationInput("12/01/2026", null, "web", OK, null, null)))
                .containsExactly("from", "to");
    }

    @Test
    void exactlyOneProposal() {
        assertThat(fields(new SimulationInput("2026-12-01", "2026-12-14", "web", OK, "x", null)))
                .containsExactly("proposal");
        assertThat(fields(new SimulationInput("2026-12-01", "2026-12-14", "web", null, null, null)))
                .containsExactly("promotion");
    }

    @Test
    void promotionFieldsAreChecked() {
        assertThat(fields(new SimulationInput("2026-12-01", "2026-12-14", "web",
                new SimulationInput.PromotionProposal("PERCENT_OFF", BigDecimal.valueOf(120), "22423", "kitchen"),
                null, null))).containsExactly("promotion.value", "promotion.sku");
        assertThat(fields(new SimulationInput("2026-12-01", "2026-12-14", "Web!",
                new SimulationInput.PromotionProposal("HALF_OFF", BigDecimal.ONE, "22423", null), null, null)))
                .containsExactly("channel", "promotion.kind");
        assertThat(fields(new SimulationInput("2026-12-01", "2026-12-14", "web", null, "12", null)))
                .containsExactly("promotionId");
    }
}

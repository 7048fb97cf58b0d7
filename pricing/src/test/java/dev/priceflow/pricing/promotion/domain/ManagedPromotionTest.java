package dev.priceflow.pricing.promotion.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ManagedPromotionTest {

    private static final Instant NOW = PromotionRulesTest.NOW;
    private final PromotionSpec scheduled = PromotionRules.check(PromotionRulesTest.valid(), NOW).spec();

    @Test
    void aScheduledPromotionIsActiveInsideItsWindowAndEndedAfterIt() {
        ManagedPromotion p = ManagedPromotion.created(UUID.randomUUID(), scheduled, "mia", NOW);

        assertThat(p.status(NOW)).isEqualTo(PromotionStatus.SCHEDULED);
        assertThat(p.status(scheduled.startsAt())).isEqualTo(PromotionStatus.ACTIVE);
        assertThat(p.status(scheduled.endsAt())).isEqualTo(PromotionStatus.ENDED);
        assertThat(p.prices()).isTrue();
        assertThat(p.editable(NOW)).isTrue();
        assertThat(p.editable(scheduled.startsAt())).isFalse();
    }

    @Test
    void aDraftNeverPricesAndStaysADraft() {
        PromotionSpec draft = new PromotionSpec(scheduled.name(), scheduled.kind(), scheduled.value(),
                scheduled.target(), scheduled.startsAt(), scheduled.endsAt(), PromotionStatus.DRAFT);
        ManagedPromotion p = ManagedPromotion.created(UUID.randomUUID(), draft, "mia", NOW);

        assertThat(p.status(scheduled.startsAt())).isEqualTo(PromotionStatus.DRAFT);
        assertThat(p.prices()).isFalse();
    }

    @Test
    void endingKeepsTheDefinitionStopsPricingAndBumpsTheVersion() {
        ManagedPromotion p = ManagedPromotion.created(UUID.randomUUID(), scheduled, "mia", NOW);
        Instant later = scheduled.startsAt().plusSeconds(60);

        ManagedPromotion ended = p.ended(later);

        assertThat(ended.status(later)).isEqualTo(PromotionStatus.ENDED);
        assertThat(ended.prices()).isFalse();
        assertThat(ended.spec()).isEqualTo(p.spec());
        assertThat(ended.version()).isEqualTo(1);
        assertThat(ended.endedAt()).isEqualTo(later);
        assertThat(ended.editable(later)).isFalse();
    }

    @Test
    void activeIsNeverStored() {
        assertThatThrownBy(() -> new ManagedPromotion(UUID.randomUUID(), scheduled, PromotionStatus.ACTIVE, "mia",
                NOW, NOW, 0, null)).isInstanceOf(IllegalArgumentException.class);
    }
}

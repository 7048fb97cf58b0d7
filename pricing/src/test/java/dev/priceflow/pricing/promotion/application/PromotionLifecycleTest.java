package dev.priceflow.pricing.promotion.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.pricing.promotion.application.PromotionOutcome.Conflict;
import dev.priceflow.pricing.promotion.application.PromotionOutcome.Forbidden;
import dev.priceflow.pricing.promotion.application.PromotionOutcome.Saved;
import dev.priceflow.pricing.promotion.domain.ApprovalRule;
import dev.priceflow.pricing.promotion.domain.ManagedPromotion;
import dev.priceflow.pricing.promotion.domain.PromotionInput;
import dev.priceflow.pricing.promotion.domain.PromotionStatus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Four-eyes approval above the threshold (default 30 %), and archiving. */
class PromotionLifecycleTest {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    static final Actor MIA = new Actor("mia-id", "mia");
    static final Actor MAX = new Actor("max-id", "max");

    private final FakePromotionPorts ports = new FakePromotionPorts();
    private final PromotionSettings settings = new PromotionSettings(Duration.ofMillis(500), Duration.ofMillis(50),
            3, Duration.ofMillis(1), Duration.ofMillis(50));
    private final PromotionAdmin admin = new PromotionAdmin(ports,
            new ChangeNotifier(ports, ports, settings, UUID::randomUUID, new SimpleMeterRegistry()), settings,
            Clock.fixed(NOW, ZoneOffset.UTC), UUID::randomUUID, ApprovalRule.DEFAULT);
    private final PromotionLifecycle lifecycle = new PromotionLifecycle(admin, ports);

    private ManagedPromotion create(String kind, String value, String status) {
        return ((Saved) admin.create(new PromotionInput("Big", kind, value, "SKU-1", null, "2026-06-02T00:00:00Z",
                "2026-06-09T00:00:00Z", status), MIA).block()).promotion();
    }

    @Test
    void aDiscountAboveTheThresholdWaitsForApprovalAndDoesNotPrice() {
        ManagedPromotion big = create("PERCENT_OFF", "40", "scheduled");
        ManagedPromotion atThreshold = create("PERCENT_OFF", "30", "scheduled");
        ManagedPromotion draft = create("PERCENT_OFF", "40", "draft");

        assertThat(big.stored()).isEqualTo(PromotionStatus.PENDING_APPROVAL);
        assertThat(big.prices()).isFalse();
        assertThat(atThreshold.stored()).isEqualTo(PromotionStatus.SCHEDULED);
        assertThat(draft.stored()).isEqualTo(PromotionStatus.DRAFT);
    }

    @Test
    void amountsAndFixedPricesCountAsThePercentTheyTakeOffTheListPrice() {
        // the fake catalogue lists everything at 20.00
        assertThat(create("AMOUNT_OFF", "7.00", "scheduled").stored()).isEqualTo(PromotionStatus.PENDING_APPROVAL);
        assertThat(create("AMOUNT_OFF", "6.00", "scheduled").stored()).isEqualTo(PromotionStatus.SCHEDULED);
        assertThat(create("FIXED_PRICE", "13.00", "scheduled").stored()).isEqualTo(PromotionStatus.PENDING_APPROVAL);
        assertThat(create("FIXED_PRICE", "15.00", "scheduled").stored()).isEqualTo(PromotionStatus.SCHEDULED);
    }

    @Test
    void theCreatorMayNotApproveASecondMarketingUserMay() {
        ManagedPromotion big = create("PERCENT_OFF", "40", "scheduled");
        int bumps = ports.bumps.get();

        PromotionOutcome own = lifecycle.approve(big.id(), MIA).block();
        PromotionOutcome other = lifecycle.approve(big.id(), MAX).block();

        assertThat(own).isInstanceOf(Forbidden.class);
        ManagedPromotion approved = ((Saved) other).promotion();
        assertThat(approved.stored()).isEqualTo(PromotionStatus.SCHEDULED);
        assertThat(approved.prices()).isTrue();
        assertThat(approved.approvedBy()).isEqualTo(MAX.id());
        assertThat(approved.approvedAt()).isEqualTo(NOW);
        assertThat(ports.audit.getLast().action()).isEqualTo(AuditEntry.Action.APPROVED);
        assertThat(ports.audit.getLast().actor()).isEqualTo(MAX);
        assertThat(ports.bumps.get()).isEqualTo(bumps + 1);
        assertThat(lifecycle.approve(big.id(), MAX).block()).isInstanceOf(Conflict.class);
    }

    @Test
    void editingAnApprovedPromotionVoidsTheApproval() {
        ManagedPromotion big = create("PERCENT_OFF", "40", "scheduled");
        ManagedPromotion approved = ((Saved) lifecycle.approve(big.id(), MAX).block()).promotion();

        ManagedPromotion edited = ((Saved) admin.replace(big.id(), new PromotionInput(null, null, "45", null, null,
                null, null, null), approved.version(), true, MIA).block()).promotion();

        assertThat(edited.stored()).isEqualTo(PromotionStatus.PENDING_APPROVAL);
        assertThat(edited.approvedBy()).isNull();
    }

    @Test
    void archivingTakesDraftsPendingAndEndedOnlyAndKeepsTheRow() {
        ManagedPromotion draft = create("PERCENT_OFF", "10", "draft");
        ManagedPromotion scheduled = create("PERCENT_OFF", "10", "scheduled");

        ManagedPromotion archived = ((Saved) lifecycle.archive(draft.id(), MIA).block()).promotion();
        PromotionOutcome notYet = lifecycle.archive(scheduled.id(), MIA).block();
        admin.end(scheduled.id(), MIA).block();
        PromotionOutcome afterEnd = lifecycle.archive(scheduled.id(), MIA).block();

        assertThat(archived.stored()).isEqualTo(PromotionStatus.ARCHIVED);
        assertThat(ports.rows.get(draft.id()).stored()).isEqualTo(PromotionStatus.ARCHIVED);
        assertThat(ports.audit.stream().filter(a -> a.action() == AuditEntry.Action.ARCHIVED)).hasSize(2);
        assertThat(notYet).isInstanceOf(Conflict.class);
        assertThat(afterEnd).isInstanceOf(Saved.class);
        assertThat(lifecycle.archive(draft.id(), MIA).block()).isInstanceOf(Conflict.class);
        assertThat(admin.end(draft.id(), MIA).block()).isInstanceOf(Conflict.class);
    }

    @Test
    void unknownListPricesNeedApproval() {
        ports.listPrices = new ApprovalRule.ListRange(null, null);

        assertThat(create("AMOUNT_OFF", "0.01", "scheduled").stored()).isEqualTo(PromotionStatus.PENDING_APPROVAL);
        assertThat(new ApprovalRule(new BigDecimal("50")).needsApproval(
                create("PERCENT_OFF", "40", "draft").spec(), ports.listPrices)).isFalse();
    }
}

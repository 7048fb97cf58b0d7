package dev.priceflow.pricing.promotion.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.pricing.promotion.application.PromotionOutcome.Conflict;
import dev.priceflow.pricing.promotion.application.PromotionOutcome.Invalid;
import dev.priceflow.pricing.promotion.application.PromotionOutcome.NotFound;
import dev.priceflow.pricing.promotion.application.PromotionOutcome.Saved;
import dev.priceflow.pricing.promotion.domain.FieldError;
import dev.priceflow.pricing.promotion.domain.ManagedPromotion;
import dev.priceflow.pricing.promotion.domain.PromotionInput;
import dev.priceflow.pricing.promotion.domain.PromotionStatus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PromotionAdminTest {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    static final Actor MIA = new Actor("6f1c2a8e-0000-4000-8000-0000000003a1", "mia");

    private final FakePromotionPorts ports = new FakePromotionPorts();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final PromotionSettings settings = new PromotionSettings(Duration.ofMillis(500), Duration.ofMillis(50),
            3, Duration.ofMillis(1), Duration.ofMillis(50));
    private final PromotionAdmin admin = new PromotionAdmin(ports,
            new ChangeNotifier(ports, ports, settings, UUID::randomUUID, meters), settings,
            Clock.fixed(NOW, ZoneOffset.UTC), UUID::randomUUID);

    static PromotionInput input(String value, String sku, String status) {
        return new PromotionInput("Summer", "PERCENT_OFF", value, sku, null, "2026-06-02T00:00:00Z",
                "2026-06-09T00:00:00Z", status);
    }

    private ManagedPromotion created(String status) {
        return ((Saved) admin.create(input("20", "SKU-1", status), MIA).block()).promotion();
    }

    @Test
    void creatingSavesAuditsBumpsTheVersionAndAnnounces() {
        PromotionOutcome outcome = admin.create(input("20", "SKU-1", "scheduled"), MIA).block();

        ManagedPromotion saved = ((Saved) outcome).promotion();
        assertThat(((Saved) outcome).cachesStale()).isFalse();
        assertThat(ports.rows).containsKey(saved.id());
        assertThat(saved.createdBy()).isEqualTo(MIA.id());
        assertThat(ports.audit).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditEntry.Action.CREATED);
            assertThat(entry.actor()).isEqualTo(MIA);
            assertThat(entry.before()).isNull();
            assertThat(entry.after()).isEqualTo(saved);
        });
        assertThat(ports.bumps).hasValue(1);
        assertThat(ports.events).singleElement().satisfies(event -> {
            assertThat(event.promotionId()).isEqualTo(saved.id());
            assertThat(event.action()).isEqualTo(AuditEntry.Action.CREATED);
        });
    }

    @Test
    void invalidInputAndUnknownTargetsSaveNothingAndNameTheFields() {
        PromotionOutcome outcome = admin.create(input("150", "NOPE-1", "scheduled"), MIA).block();

        assertThat(((Invalid) outcome).errors()).extracting(FieldError::field).containsExactly("value", "target.sku");
        assertThat(ports.rows).isEmpty();
        assertThat(ports.audit).isEmpty();
        assertThat(ports.bumps).hasValue(0);
        assertThat(ports.events).isEmpty();
    }

    @Test
    void anUnknownCategoryIsNamed() {
        PromotionInput in = new PromotionInput("A", "AMOUNT_OFF", "2", null, "GARDEN", "2026-06-02T00:00:00Z",
                "2026-06-09T00:00:00Z", "draft");

        assertThat(((Invalid) admin.create(in, MIA).block()).errors()).extracting(FieldError::field)
                .containsExactly("target.category");
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        ManagedPromotion p = created("draft");

        PromotionOutcome outcome = admin.replace(p.id(), input("30", "SKU-1", "scheduled"), 5L, false, MIA).block();

        assertThat(outcome).isInstanceOf(Conflict.class);
        assertThat(ports.rows.get(p.id())).isEqualTo(p);
        assertThat(ports.audit).hasSize(1);
    }

    @Test
    void aWriterThatLosesTheRaceGetsAConflict() {
        ManagedPromotion p = created("draft");
        ports.concurrentWriter = true;

        assertThat(admin.replace(p.id(), input("30", "SKU-1", "scheduled"), 0L, false, MIA).block())
                .isInstanceOf(Conflict.class);
        assertThat(ports.audit).hasSize(1);
    }

    @Test
    void editingADraftSchedulesItAuditsBeforeAndAfterAndBumps() {
        ManagedPromotion p = created("draft");

        Saved saved = (Saved) admin.replace(p.id(), new PromotionInput(null, null, "30", null, null, null, null,
                "scheduled"), 0L, true, MIA).block();

        assertThat(saved.promotion().version()).isEqualTo(1);
        assertThat(saved.promotion().spec().value()).isEqualByComparingTo("30");
        assertThat(saved.promotion().status(NOW)).isEqualTo(PromotionStatus.SCHEDULED);
        assertThat(ports.audit.get(1).before()).isEqualTo(p);
        assertThat(ports.audit.get(1).action()).isEqualTo(AuditEntry.Action.UPDATED);
        assertThat(ports.bumps).hasValue(2);
    }

    @Test
    void editingWithoutAVersionIsRefusedNamingTheField() {
        ManagedPromotion p = created("draft");

        assertThat(((Invalid) admin.replace(p.id(), input("30", "SKU-1", "draft"), null, false, MIA).block())
                .errors()).extracting(FieldError::field).containsExactly("version");
    }

    @Test
    void endingKeepsTheRowAndASecondEndIsAConflict() {
        ManagedPromotion p = created("scheduled");

        Saved ended = (Saved) admin.end(p.id(), MIA).block();

        assertThat(ended.promotion().status(NOW)).isEqualTo(PromotionStatus.ENDED);
        assertThat(ports.rows.get(p.id()).prices()).isFalse();
        assertThat(ports.audit).extracting(AuditEntry::action)
                .containsExactly(AuditEntry.Action.CREATED, AuditEntry.Action.ENDED);
        assertThat(admin.end(p.id(), MIA).block()).isInstanceOf(Conflict.class);
        assertThat(admin.replace(p.id(), input("5", "SKU-1", "draft"), 1L, false, MIA).block())
                .isInstanceOf(Conflict.class);
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThat(admin.end(UUID.randomUUID(), MIA).block()).isInstanceOf(NotFound.class);
        assertThat(admin.replace(UUID.randomUUID(), input("5", "SKU-1", "draft"), 0L, false, MIA).block())
                .isInstanceOf(NotFound.class);
    }

    @Test
    void whenRedisStaysDownTheChangeIsSavedButReportedAsPossiblyStale() {
        ports.redisDown = true;

        Saved saved = (Saved) admin.create(input("20", "SKU-1", "scheduled"), MIA).block();

        assertThat(saved.cachesStale()).isTrue();
        assertThat(ports.rows).containsKey(saved.promotion().id());
        assertThat(ports.bumpAttempts).hasValue(3);
        assertThat(ports.events).hasSize(1);
        assertThat(meters.counter("pricing.version.bump.failed").count()).isEqualTo(1.0);
    }

    @Test
    void whenKafkaIsDownTheChangeStillSucceedsAndTheFailureIsCounted() {
        ports.kafkaDown = true;

        Saved saved = (Saved) admin.create(input("20", "SKU-1", "scheduled"), MIA).block();

        assertThat(saved.cachesStale()).isFalse();
        assertThat(meters.counter("pricing.promotion.events.failed").count()).isEqualTo(1.0);
    }

    @Test
    void listingFiltersByTheDerivedStatus() {
        created("draft");
        created("scheduled");

        assertThat(admin.list(Optional.of(PromotionStatus.DRAFT)).collectList().block()).hasSize(1);
        assertThat(admin.list(Optional.empty()).collectList().block()).hasSize(2);
        assertThat(admin.list(Optional.of(PromotionStatus.ACTIVE)).collectList().block()).isEmpty();
    }
}

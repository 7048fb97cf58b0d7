package dev.priceflow.pricing.experiment.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.experiment.domain.Arm;
import dev.priceflow.pricing.experiment.domain.ArmPrice;
import dev.priceflow.pricing.experiment.domain.ArmTally;
import dev.priceflow.pricing.experiment.domain.Assignment;
import dev.priceflow.pricing.experiment.domain.Experiment;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class ExperimentQuoteStepTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Product MUG = new Product(new Sku("EXP-1"), "Mug", "kitchen", Currency.getInstance("GBP"),
            new BigDecimal("10.00"), new BigDecimal("4.00"), 100);
    private static final Experiment RUNNING = new Experiment(9, "t", null, "kitchen", List.of(
            new Arm("control", BigDecimal.ZERO, 50), new Arm("plus5", BigDecimal.valueOf(5), 50)), 10,
            NOW.minusSeconds(3600), NOW.plusSeconds(3600), null, "mia", NOW.minusSeconds(3600));

    /** A store with one experiment; exposures are recorded, or fail when {@code failing}. */
    static final class FakeStore implements ExperimentStore {
        final List<String> exposures = new ArrayList<>();
        boolean failing;

        public Mono<Experiment> create(Experiment e) { return Mono.just(e); }
        public Flux<Experiment> list() { return Flux.just(RUNNING); }
        public Mono<Experiment> find(long id) { return Mono.just(RUNNING); }
        public Mono<Experiment> end(long id, Instant at) { return Mono.just(RUNNING.ended(at)); }
        public Flux<Experiment> running(Instant now) { return Flux.just(RUNNING); }
        public Flux<ArmTally> tallies(long id) { return Flux.empty(); }
        public Mono<Boolean> targetExists(String sku, String category) { return Mono.just(true); }

        public Mono<Void> expose(long id, String userId, String arm, String sku, Instant at) {
            return failing ? Mono.error(new IllegalStateException("db down"))
                    : Mono.fromRunnable(() -> exposures.add(userId + ":" + arm));
        }

        public Mono<Long> attribute(UUID e, String u, String s, int q, BigDecimal p, String c, Instant at) {
            return Mono.just(0L);
        }
    }

    private static ExperimentQuoteStep step(FakeStore store) {
        return new ExperimentQuoteStep(store, Duration.ofSeconds(2), Duration.ofMillis(300),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aShopperGetsTheArmOfTheirBucketOnlyAfterTheExposureIsRecorded() {
        FakeStore store = new FakeStore();
        for (int i = 0; i < 200; i++) {
            String user = "user-" + i;
            Optional<ArmPrice> arm = step(store).decide(user, MUG, NOW).block();
            Assignment.Placement expected = Assignment.place(RUNNING, user);
            assertThat(arm.map(ArmPrice::arm)).isEqualTo(expected.arm().map(Arm::name));
            assertThat(store.exposures.getLast()).isEqualTo(user + ":" + expected.armName());
        }
    }

    @Test
    void productsOutsideTheExperimentAndFailuresGetTheStandardPrice() {
        FakeStore store = new FakeStore();
        Product other = new Product(new Sku("EXP-2"), "Pen", "office", Currency.getInstance("GBP"), BigDecimal.ONE,
                BigDecimal.ZERO, 1);
        assertThat(step(store).decide("u", other, NOW).block()).isEmpty();
        assertThat(store.exposures).isEmpty();
        store.failing = true;
        assertThat(step(store).decide("u", MUG, NOW).block()).isEmpty();
    }
}

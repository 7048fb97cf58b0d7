package dev.priceflow.pricing.experiment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AssignmentTest {

    private static final List<Arm> TWO = List.of(new Arm("control", BigDecimal.ZERO, 50),
            new Arm("plus5", BigDecimal.valueOf(5), 50));

    @Test
    void sameShopperAndExperimentAlwaysGetTheSameArm() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            String user = new java.util.UUID(random.nextLong(), random.nextLong()).toString();
            long id = 1 + random.nextInt(1_000);
            Assignment.Placement first = Assignment.place(id, 10, TWO, user);
            Assignment.Placement again = Assignment.place(id, 10, TWO, user);
            assertThat(again).as("user %s experiment %d", user, id).isEqualTo(first);
            assertThat(first.bucket()).isBetween(0, Assignment.BUCKETS - 1);
        }
    }

    @Test
    void proportionsFollowHoldoutAndWeightsOver100000Users() {
        List<Arm> arms = List.of(new Arm("control", BigDecimal.ZERO, 50), new Arm("plus5", BigDecimal.valueOf(5), 30),
                new Arm("minus5", BigDecimal.valueOf(-5), 20));
        Map<String, Integer> counts = new HashMap<>();
        Random random = new Random(7);
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            String user = new java.util.UUID(random.nextLong(), random.nextLong()).toString();
            counts.merge(Assignment.place(77, 10, arms, user).armName(), 1, Integer::sum);
        }
        // expected shares: holdout 10 %, the rest 90 % split 50/30/20; tolerance 0.5 percentage points (> 4 sigma)
        assertThat(counts.get("holdout") / (double) n).isCloseTo(0.10, org.assertj.core.data.Offset.offset(0.005));
        assertThat(counts.get("control") / (double) n).isCloseTo(0.45, org.assertj.core.data.Offset.offset(0.005));
        assertThat(counts.get("plus5") / (double) n).isCloseTo(0.27, org.assertj.core.data.Offset.offset(0.005));
        assertThat(counts.get("minus5") / (double) n).isCloseTo(0.18, org.assertj.core.data.Offset.offset(0.005));
    }

    @Test
    void experimentsAssignIndependently() {
        int same = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            String user = "user-" + i;
            if (Assignment.place(1, 0, TWO, user).armName().equals(Assignment.place(2, 0, TWO, user).armName())) {
                same++;
            }
        }
        assertThat(same / (double) n).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void zeroHoldoutNeverHoldsOutAndBucketsBelowTheHoldoutShareAreHeldOut() {
        for (int i = 0; i < 5_000; i++) {
            assertThat(Assignment.place(5, 0, TWO, "u" + i).holdout()).isFalse();
            Assignment.Placement p = Assignment.place(5, 25, TWO, "u" + i);
            assertThat(p.holdout()).isEqualTo(p.bucket() < 2_500);
        }
    }
}

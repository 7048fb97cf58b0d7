package dev.priceflow.recommender.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.priceflow.recommender.learning.domain.Interaction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrainTestSplitTest {

    @Test
    void sameSeedSameSplitAndEveryItemOnExactlyOneSide() {
        Random random = new Random(1);
        for (int trial = 0; trial < 200; trial++) {
            List<Interaction> all = new ArrayList<>();
            int users = 1 + random.nextInt(20);
            for (int u = 0; u < users; u++) {
                int n = 1 + random.nextInt(15);
                for (int j = 0; j < n; j++) {
                    all.add(new Interaction("u" + u, "i" + random.nextInt(30), 1 + random.nextInt(5), j));
                }
            }
            TrainTestSplit a = TrainTestSplit.of(all, 0.75, 42);
            TrainTestSplit b = TrainTestSplit.of(all, 0.75, 42);
            assertThat(a).as("trial %d", trial).isEqualTo(b);
            a.train().forEach((user, train) -> {
                Set<String> seen = new HashSet<>();
                train.forEach(x -> seen.add(x.item()));
                long distinct = all.stream().filter(x -> x.user().equals(user)).map(Interaction::item).distinct()
                        .count();
                List<Interaction> test = a.test().getOrDefault(user, List.of());
                test.forEach(x -> assertThat(seen.add(x.item())).as("item on both sides").isTrue());
                assertThat(seen).hasSize((int) distinct);
                assertThat(train.size()).isEqualTo(Math.max(1, (int) Math.round(0.75 * distinct)));
            });
        }
    }

    @Test
    void repeatedRowsAreMergedByWeight() {
        TrainTestSplit s = TrainTestSplit.of(List.of(new Interaction("u", "a", 2, 5),
                new Interaction("u", "a", 3, 1)), 0.75, 1);
        assertThat(s.train().get("u")).containsExactly(new Interaction("u", "a", 5, 1));
        assertThat(s.test()).isEmpty();
    }

    @Test
    void ratioOutsideTheOpenIntervalIsRejected() {
        assertThatThrownBy(() -> TrainTestSplit.of(List.of(), 1.0, 1)).hasMessageContaining("between 0 and 1");
    }
}

package dev.priceflow.recommender.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ItemNeighboursTest {

    // a: u1 u2 u3; b: u1 u2; c: u3
    private final InteractionData data = InteractionData.of(List.of(
            new Interaction("u1", "a", 1, 0), new Interaction("u1", "b", 1, 0),
            new Interaction("u2", "a", 1, 0), new Interaction("u2", "b", 1, 0),
            new Interaction("u3", "a", 1, 0), new Interaction("u3", "c", 1, 0)));

    @Test
    void cosineAndJaccardMatchHandComputedScores() {
        ItemNeighbours cos = ItemNeighbours.build(data, ItemNeighbours.Normalisation.COSINE, 10);
        int a = data.indexOf("a");
        // a-b: 2 / sqrt(3*2) = 0.8165; a-c: 1 / sqrt(3*1) = 0.5774
        assertThat(cos.neighbours(a)).containsExactly(data.indexOf("b"), data.indexOf("c"));
        assertThat(cos.scores(a)[0]).isCloseTo(0.8165f, within(1e-4f));
        assertThat(cos.scores(a)[1]).isCloseTo(0.5774f, within(1e-4f));
        ItemNeighbours jac = ItemNeighbours.build(data, ItemNeighbours.Normalisation.JACCARD, 10);
        // a-b: 2 / (3 + 2 - 2) = 0.6667; a-c: 1 / (3 + 1 - 1) = 0.3333
        assertThat(jac.scores(a)[0]).isCloseTo(0.6667f, within(1e-4f));
        assertThat(jac.scores(a)[1]).isCloseTo(0.3333f, within(1e-4f));
        assertThat(jac.neighbours(data.indexOf("b"))).containsExactly(a);
    }

    @Test
    void neighbourListsAreCappedAndUserScoresSumSimilarities() {
        ItemNeighbours one = ItemNeighbours.build(data, ItemNeighbours.Normalisation.COSINE, 1);
        assertThat(one.neighbours(data.indexOf("a"))).hasSize(1);
        double[] out = new double[3];
        ItemNeighbours cos = ItemNeighbours.build(data, ItemNeighbours.Normalisation.COSINE, 10);
        cos.scoreUser(new int[] {data.indexOf("b"), data.indexOf("c")}, out);
        assertThat(out[data.indexOf("a")]).isCloseTo(0.8165 + 0.5774, within(1e-3));
    }

    @Test
    void popularityCountsDistinctUsers() {
        double[] out = new double[3];
        Popularity.of(data).score(out);
        assertThat(out).containsExactly(3, 2, 1);
    }

    @Test
    void blendScalesEachSourceToUnitRange() {
        double[] out = new double[3];
        BlendedRanker.addScaled(new double[] {10, 20, 30}, 2, out);
        assertThat(out).containsExactly(0, 1, 2);
        BlendedRanker.addScaled(new double[] {5, 5, 5}, 2, out);
        assertThat(out).containsExactly(0, 1, 2);
    }
}

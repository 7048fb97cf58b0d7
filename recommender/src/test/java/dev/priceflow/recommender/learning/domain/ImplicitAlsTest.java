package dev.priceflow.recommender.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImplicitAlsTest {

    /** Two taste groups: users 0..9 like items a0..a4, users 10..19 like b0..b4; each user misses one item. */
    static List<Interaction> twoGroups() {
        List<Interaction> out = new ArrayList<>();
        for (int u = 0; u < 20; u++) {
            String group = u < 10 ? "a" : "b";
            for (int i = 0; i < 5; i++) {
                if (i != u % 5) {
                    out.add(new Interaction("u" + (char) ('A' + u), group + i, 1 + i % 3, 0));
                }
            }
        }
        return out;
    }

    @Test
    void recommendsTheMissingItemOfTheUsersOwnGroup() {
        InteractionData data = InteractionData.of(twoGroups());
        FactorModel model = ImplicitAls.train(data, new AlsParams(4, 0.1, 10, 10, 42), it -> { });
        double[] scores = new double[data.items()];
        for (int u = 0; u < data.users(); u++) {
            model.scoreUser(u, scores);
            int[] top = TopK.best(scores, data.userItems(u), 1);
            String expectedGroup = u < 10 ? "a" : "b";
            assertThat(data.itemId(top[0])).as("user %d", u).isEqualTo(expectedGroup + (u % 5));
        }
    }

    @Test
    void sameSeedGivesIdenticalFactors() {
        InteractionData data = InteractionData.of(twoGroups());
        FactorModel a = ImplicitAls.train(data, new AlsParams(8, 0.1, 10, 5, 7), it -> { });
        FactorModel b = ImplicitAls.train(data, new AlsParams(8, 0.1, 10, 5, 7), it -> { });
        assertThat(a.itemFactors()).isDeepEqualTo(b.itemFactors());
        assertThat(a.userFactors()).isDeepEqualTo(b.userFactors());
    }

    @Test
    void unitItemVectorsHaveLengthOne() {
        InteractionData data = InteractionData.of(twoGroups());
        FactorModel model = ImplicitAls.train(data, AlsParams.defaults(3), it -> { });
        float[] v = model.unitItemVector(0);
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        assertThat(norm).isBetween(0.9999, 1.0001);
    }

    @Test
    void choleskySolvesRandomPositiveDefiniteSystems() {
        java.util.Random random = new java.util.Random(5);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + random.nextInt(8);
            double[][] m = new double[n][n];
            for (double[] row : m) {
                for (int k = 0; k < n; k++) {
                    row[k] = random.nextGaussian();
                }
            }
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    for (int k = 0; k < n; k++) {
                        a[i][j] += m[i][k] * m[j][k];
                    }
                }
                a[i][i] += 0.5;
            }
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                b[i] = random.nextGaussian();
            }
            double[][] copy = new double[n][];
            for (int i = 0; i < n; i++) {
                copy[i] = a[i].clone();
            }
            double[] x = Cholesky.solve(copy, b);
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += a[i][j] * x[j];
                }
                assertThat(s).as("trial %d row %d", trial, i).isCloseTo(b[i], org.assertj.core.api.Assertions.within(1e-8));
            }
        }
    }
}

package dev.priceflow.profile.segment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KMeansTest {

    private static final double[][] CENTRES = {{0, 0}, {10, 10}, {-10, 10}, {10, -10}};

    @Test
    void wellSeparatedClustersAreRecoveredExactly() {
        double[][] points = blobs(50, new Random(1));

        KMeans.Result result = new KMeans(4, 42, 5, 100).fit(points);

        for (int c = 0; c < 4; c++) {
            Set<Integer> labels = new HashSet<>();
            for (int i = c * 50; i < (c + 1) * 50; i++) {
                labels.add(result.assignment()[i]);
            }
            assertThat(labels).as("blob %d maps to one cluster", c).hasSize(1);
        }
        assertThat(new HashSet<>(java.util.Arrays.stream(result.assignment()).boxed().toList())).hasSize(4);
        for (double[] centre : CENTRES) {
            double nearest = Double.MAX_VALUE;
            for (double[] c : result.centroids()) {
                nearest = Math.min(nearest, Math.sqrt(KMeans.distance2(c, centre)));
            }
            assertThat(nearest).isLessThan(0.5);
        }
    }

    @Test
    void theSameSeedGivesTheSameModelAndPointsAreNeverLost() {
        double[][] points = blobs(30, new Random(9));
        for (long seed = 0; seed < 50; seed++) {
            KMeans.Result a = new KMeans(4, seed, 3, 100).fit(points);
            KMeans.Result b = new KMeans(4, seed, 3, 100).fit(points);
            assertThat(a.assignment()).as("seed %d", seed).isEqualTo(b.assignment());
            assertThat(a.centroids()).isDeepEqualTo(b.centroids());
            assertThat(a.inertia()).isEqualTo(b.inertia()).isGreaterThanOrEqualTo(0);
        }
    }

    private static double[][] blobs(int perBlob, Random random) {
        double[][] points = new double[CENTRES.length * perBlob][];
        for (int c = 0; c < CENTRES.length; c++) {
            for (int i = 0; i < perBlob; i++) {
                points[c * perBlob + i] = new double[] {CENTRES[c][0] + random.nextGaussian() * 0.8,
                    CENTRES[c][1] + random.nextGaussian() * 0.8};
            }
        }
        return points;
    }
}

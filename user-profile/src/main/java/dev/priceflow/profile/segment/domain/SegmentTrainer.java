package dev.priceflow.profile.segment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Trains a {@link SegmentModel}: transform ({@link FeatureSpace}), standardize (z-scores; a constant feature gets
 * standard deviation 1), k-means++ / Lloyd ({@link KMeans}), then number segments by centroid monetary, highest
 * first, and label them ({@link SegmentLabels}).
 */
public record SegmentTrainer(int k, long seed, int runs, int maxIterations) {

    public SegmentModel train(List<String> features, List<double[]> raw, Instant trainedAt) {
        int n = raw.size();
        int dims = features.size();
        double[][] t = raw.stream().map(FeatureSpace::transform).toArray(double[][]::new);
        double[] mean = new double[dims];
        double[] std = new double[dims];
        for (int d = 0; d < dims; d++) {
            final int dim = d;
            mean[d] = Arrays.stream(t).mapToDouble(p -> p[dim]).sum() / n;
            double var = Arrays.stream(t).mapToDouble(p -> (p[dim] - mean[dim]) * (p[dim] - mean[dim])).sum() / n;
            std[d] = var > 1e-12 ? Math.sqrt(var) : 1.0;
        }
        double[][] z = new double[n][dims];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < dims; d++) {
                z[i][d] = (t[i][d] - mean[d]) / std[d];
            }
        }
        KMeans.Result fit = new KMeans(k, seed, runs, maxIterations).fit(z);
        int[] sizes = new int[k];
        for (int a : fit.assignment()) {
            sizes[a]++;
        }
        double[][] original = new double[k][];
        for (int c = 0; c < k; c++) {
            double[] back = new double[dims];
            for (int d = 0; d < dims; d++) {
                back[d] = fit.centroids()[c][d] * std[d] + mean[d];
            }
            original[c] = FeatureSpace.inverse(back);
        }
        List<Integer> order = IntStream.range(0, k).boxed()
                .sorted(Comparator.<Integer>comparingDouble(c -> -original[c][2]).thenComparingInt(c -> c)).toList();
        List<String> labels = SegmentLabels.of(order.stream().map(c -> original[c]).toList());
        List<Segment> segments = new ArrayList<>();
        for (int id = 0; id < k; id++) {
            int c = order.get(id);
            segments.add(new Segment(id, labels.get(id), boxed(original[c]), boxed(fit.centroids()[c]), sizes[c]));
        }
        return new SegmentModel(0, trainedAt, k, seed, n, fit.inertia(), features, boxed(mean), boxed(std), segments);
    }

    private static List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}

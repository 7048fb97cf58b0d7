package dev.priceflow.profile.segment.domain;

import java.util.Arrays;
import java.util.Random;

/**
 * Lloyd's k-means with k-means++ seeding on already standardized points. Deterministic for a seed: run r
 * (of {@code runs}) seeds its own {@link Random} with {@code seed + r}; the run with the lowest inertia wins
 * (ties: the earlier run). An emptied cluster is re-seeded with the point farthest from its centroid.
 */
public record KMeans(int k, long seed, int runs, int maxIterations) {

    public KMeans {
        if (k < 1 || runs < 1 || maxIterations < 1) {
            throw new IllegalArgumentException("k, runs and maxIterations must be positive");
        }
    }

    /** Centroids, each point's cluster, and the inertia (sum of squared distances to the own centroid). */
    public record Result(double[][] centroids, int[] assignment, double inertia, int iterations) {
    }

    public Result fit(double[][] points) {
        if (points.length < k) {
            throw new IllegalArgumentException("need at least k=" + k + " points, got " + points.length);
        }
        Result best = null;
        for (int r = 0; r < runs; r++) {
            Result run = lloyd(points, plusPlus(points, new Random(seed + r)));
            if (best == null || run.inertia() < best.inertia()) {
                best = run;
            }
        }
        return best;
    }

    private double[][] plusPlus(double[][] points, Random random) {
        double[][] centroids = new double[k][];
        centroids[0] = points[random.nextInt(points.length)].clone();
        double[] d2 = new double[points.length];
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int i = 0; i < points.length; i++) {
                d2[i] = nearest(points[i], centroids, c)[1];
                total += d2[i];
            }
            int pick = points.length - 1;
            if (total > 0) {
                double u = random.nextDouble() * total;
                for (int i = 0; i < points.length; i++) {
                    u -= d2[i];
                    if (u < 0) {
                        pick = i;
                        break;
                    }
                }
            } else {
                pick = random.nextInt(points.length);
            }
            centroids[c] = points[pick].clone();
        }
        return centroids;
    }

    private Result lloyd(double[][] points, double[][] centroids) {
        int[] assignment = new int[points.length];
        Arrays.fill(assignment, -1);
        int iteration = 0;
        boolean changed = true;
        while (changed && iteration < maxIterations) {
            iteration++;
            changed = false;
            for (int i = 0; i < points.length; i++) {
                int c = (int) nearest(points[i], centroids, k)[0];
                if (c != assignment[i]) {
                    assignment[i] = c;
                    changed = true;
                }
            }
            centroids = means(points, assignment, centroids);
        }
        double inertia = 0;
        for (int i = 0; i < points.length; i++) {
            inertia += distance2(points[i], centroids[assignment[i]]);
        }
        return new Result(centroids, assignment, inertia, iteration);
    }

    private double[][] means(double[][] points, int[] assignment, double[][] previous) {
        int dims = points[0].length;
        double[][] sums = new double[k][dims];
        int[] counts = new int[k];
        for (int i = 0; i < points.length; i++) {
            counts[assignment[i]]++;
            for (int d = 0; d < dims; d++) {
                sums[assignment[i]][d] += points[i][d];
            }
        }
        for (int c = 0; c < k; c++) {
            if (counts[c] == 0) {
                sums[c] = points[farthest(points, assignment, previous)].clone();
                continue;
            }
            for (int d = 0; d < dims; d++) {
                sums[c][d] /= counts[c];
            }
        }
        return sums;
    }

    private static int farthest(double[][] points, int[] assignment, double[][] centroids) {
        int far = 0;
        double max = -1;
        for (int i = 0; i < points.length; i++) {
            double d = distance2(points[i], centroids[assignment[i]]);
            if (d > max) {
                max = d;
                far = i;
            }
        }
        return far;
    }

    /** Index (as double) and squared distance of the nearest of the first {@code count} centroids. */
    static double[] nearest(double[] p, double[][] centroids, int count) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int c = 0; c < count; c++) {
            double d = distance2(p, centroids[c]);
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return new double[] {best, bestD};
    }

    static double distance2(double[] a, double[] b) {
        double s = 0;
        for (int d = 0; d < a.length; d++) {
            double diff = a[d] - b[d];
            s += diff * diff;
        }
        return s;
    }
}

package dev.priceflow.recommender.learning.domain;

import java.util.Random;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Implicit-feedback matrix factorisation (Hu, Koren, Volinsky 2008): every observed pair is a positive with
 * confidence {@link AlsParams#confidence}, every unobserved pair a zero with confidence 1; user and item
 * factors are solved alternately in closed form. Rows are independent within a sweep, so the parallel loop
 * gives the same result as a sequential one: training is reproducible for a seed.
 */
public final class ImplicitAls {

    private ImplicitAls() {
    }

    /** Trains on {@code data}; {@code progress} receives each finished iteration number. */
    public static FactorModel train(InteractionData data, AlsParams p, IntConsumer progress) {
        Random random = new Random(p.seed());
        double[][] users = init(data.users(), p.factors(), random);
        double[][] items = init(data.items(), p.factors(), random);
        for (int it = 1; it <= p.iterations(); it++) {
            solve(users, items, p, u -> data.userItems(u), u -> data.userWeights(u));
            solve(items, users, p, i -> data.itemUsers(i), i -> data.itemWeights(i));
            progress.accept(it);
        }
        return new FactorModel(users, items);
    }

    private static double[][] init(int rows, int f, Random random) {
        double[][] m = new double[rows][f];
        for (double[] row : m) {
            for (int k = 0; k < f; k++) {
                row[k] = random.nextGaussian() * 0.01;
            }
        }
        return m;
    }

    private static void solve(double[][] target, double[][] fixed, AlsParams p,
                              java.util.function.IntFunction<int[]> idx,
                              java.util.function.IntFunction<double[]> weights) {
        int f = p.factors();
        double[][] gram = gram(fixed, f);
        IntStream.range(0, target.length).parallel().forEach(r -> {
            int[] cols = idx.apply(r);
            double[] w = weights.apply(r);
            double[][] a = new double[f][f];
            for (int x = 0; x < f; x++) {
                System.arraycopy(gram[x], 0, a[x], 0, f);
                a[x][x] += p.regularization();
            }
            double[] b = new double[f];
            for (int k = 0; k < cols.length; k++) {
                double[] y = fixed[cols[k]];
                double c = p.confidence(w[k]);
                for (int x = 0; x < f; x++) {
                    double cy = (c - 1) * y[x];
                    for (int z = 0; z <= x; z++) {
                        a[x][z] += cy * y[z];
                    }
                    b[x] += c * y[x];
                }
            }
            for (int x = 0; x < f; x++) {
                for (int z = x + 1; z < f; z++) {
                    a[x][z] = a[z][x];
                }
            }
            target[r] = Cholesky.solve(a, b);
        });
    }

    private static double[][] gram(double[][] m, int f) {
        double[][] g = new double[f][f];
        for (double[] row : m) {
            for (int x = 0; x < f; x++) {
                double v = row[x];
                for (int z = 0; z <= x; z++) {
                    g[x][z] += v * row[z];
                }
            }
        }
        for (int x = 0; x < f; x++) {
            for (int z = x + 1; z < f; z++) {
                g[x][z] = g[z][x];
            }
        }
        return g;
    }
}

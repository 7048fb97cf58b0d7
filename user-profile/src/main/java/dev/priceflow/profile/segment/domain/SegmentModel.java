package dev.priceflow.profile.segment.domain;

import java.time.Instant;
import java.util.List;

/**
 * A trained segmentation with its provenance: when, on how many shoppers, k, seed, the inertia reached, and the
 * standardization (per-feature mean and standard deviation after {@link FeatureSpace#transform}). {@code id} is
 * assigned when the model is stored (0 before).
 */
public record SegmentModel(long id, Instant trainedAt, int k, long seed, int shoppers, double inertia,
                           List<String> features, List<Double> means, List<Double> stds, List<Segment> segments) {

    public SegmentModel {
        features = List.copyOf(features);
        means = List.copyOf(means);
        stds = List.copyOf(stds);
        segments = List.copyOf(segments);
    }

    public SegmentModel withId(long newId) {
        return new SegmentModel(newId, trainedAt, k, seed, shoppers, inertia, features, means, stds, segments);
    }

    /** The segment with the nearest centroid (squared Euclidean distance in standardized space; ties: lower id). */
    public Segment assign(double[] raw) {
        double[] z = standardize(FeatureSpace.transform(raw));
        Segment best = segments.getFirst();
        double bestD = Double.POSITIVE_INFINITY;
        for (Segment s : segments) {
            double d = 0;
            for (int i = 0; i < z.length; i++) {
                double diff = z[i] - s.standardized().get(i);
                d += diff * diff;
            }
            if (d < bestD) {
                bestD = d;
                best = s;
            }
        }
        return best;
    }

    double[] standardize(double[] t) {
        double[] z = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            z[i] = (t[i] - means.get(i)) / stds.get(i);
        }
        return z;
    }
}

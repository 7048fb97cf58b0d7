package dev.priceflow.profile.segment.domain;

import java.util.List;

/**
 * One segment: its id (0 = highest monetary centroid), a generated label, its centroid in original units (in the
 * model's feature order) and in standardized units, and how many training shoppers it got.
 */
public record Segment(int id, String label, List<Double> centroid, List<Double> standardized, int trainedSize) {

    public Segment {
        centroid = List.copyOf(centroid);
        standardized = List.copyOf(standardized);
    }
}

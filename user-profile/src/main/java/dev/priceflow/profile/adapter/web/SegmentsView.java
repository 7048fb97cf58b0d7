package dev.priceflow.profile.adapter.web;

import dev.priceflow.profile.segment.domain.SegmentModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/segments}: the current segment model (null fields and no segments before the first training)
 * with each segment's centroid in original units (feature name to value), label and current size.
 */
record SegmentsView(Long modelId, Instant trainedAt, Integer k, Long seed, Integer trainedOn, BigDecimal inertia,
                    List<String> features, List<SegmentView> segments) {

    record SegmentView(int id, String label, long size, Map<String, BigDecimal> centroid) {
    }

    static SegmentsView none() {
        return new SegmentsView(null, null, null, null, null, null, List.of(), List.of());
    }

    static SegmentsView of(SegmentModel m, Map<Integer, Long> sizes) {
        List<SegmentView> segments = m.segments().stream().map(s -> {
            Map<String, BigDecimal> centroid = new LinkedHashMap<>();
            for (int i = 0; i < m.features().size(); i++) {
                centroid.put(m.features().get(i), ProfileView.score(s.centroid().get(i)));
            }
            return new SegmentView(s.id(), s.label(), sizes.getOrDefault(s.id(), 0L), centroid);
        }).toList();
        return new SegmentsView(m.id(), m.trainedAt(), m.k(), m.seed(), m.shoppers(), ProfileView.score(m.inertia()),
                m.features(), segments);
    }
}

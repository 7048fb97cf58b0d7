package dev.priceflow.trends.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The latest observation of each competitor for one SKU; an older observation never replaces a newer one. */
public record CompetitorBoard(Map<String, CompetitorObservation> latest) {

    public CompetitorBoard {
        latest = Map.copyOf(latest);
    }

    public static CompetitorBoard empty() {
        return new CompetitorBoard(Map.of());
    }

    public CompetitorBoard with(CompetitorObservation observation) {
        CompetitorObservation known = latest.get(observation.competitor());
        if (known != null && known.observedAt().isAfter(observation.observedAt())) {
            return this;
        }
        Map<String, CompetitorObservation> next = new TreeMap<>(latest);
        next.put(observation.competitor(), observation);
        return new CompetitorBoard(next);
    }

    /**
     * The lowest price in {@code currency} among observations no older than {@code freshness} before the newest
     * one (prices in other currencies are not converted and not compared). Ties go to the competitor name first
     * in alphabetical order, so the answer is deterministic.
     */
    public Optional<CompetitorObservation> lowest(String currency, Duration freshness) {
        Optional<Instant> newest = latest.values().stream().map(CompetitorObservation::observedAt)
                .max(Comparator.naturalOrder());
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        Instant cutoff = newest.get().minus(freshness);
        return latest.values().stream()
                .filter(o -> o.currency().equals(currency))
                .filter(o -> !o.observedAt().isBefore(cutoff))
                .filter(o -> o.price().signum() > 0)
                .min(Comparator.comparing(CompetitorObservation::price)
                        .thenComparing(CompetitorObservation::competitor));
    }
}

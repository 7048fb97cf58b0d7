package dev.priceflow.trends.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The products of one category and window with the highest momentum, best first, at most {@code topK}. */
public record RisingBoard(List<Entry> entries) {

    private static final Comparator<Entry> BEST_FIRST = Comparator.comparingDouble(Entry::zScore).reversed()
            .thenComparing(Comparator.comparingDouble(Entry::score).reversed())
            .thenComparing(Entry::sku);

    public RisingBoard {
        entries = List.copyOf(entries);
    }

    public static RisingBoard empty() {
        return new RisingBoard(List.of());
    }

    /** The board with {@code entry} replacing any older entry of the same SKU. */
    public RisingBoard with(Entry entry, int topK) {
        List<Entry> next = new ArrayList<>(entries.size() + 1);
        for (Entry e : entries) {
            if (!e.sku().equals(entry.sku())) {
                next.add(e);
            }
        }
        next.add(entry);
        next.sort(BEST_FIRST);
        return new RisingBoard(next.size() > topK ? next.subList(0, topK) : next);
    }

    public record Entry(String sku, double zScore, double score) {
    }
}

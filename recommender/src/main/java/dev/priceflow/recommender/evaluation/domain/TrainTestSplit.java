package dev.priceflow.recommender.evaluation.domain;

import dev.priceflow.recommender.learning.domain.Interaction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Splits each user's distinct items at random into train and test: {@code round(ratio * n)} items (at least 1)
 * stay in train; repeated (user, item) rows are merged first so an item is never on both sides. Users are
 * visited in id order and items shuffled from a canonical order with one {@code Random(seed)}: the same file,
 * ratio and seed always give the same split.
 */
public record TrainTestSplit(Map<String, List<Interaction>> train, Map<String, List<Interaction>> test) {

    public static TrainTestSplit of(List<Interaction> interactions, double ratio, long seed) {
        if (!(ratio > 0 && ratio < 1)) {
            throw new IllegalArgumentException("split ratio must be strictly between 0 and 1, got " + ratio);
        }
        Map<String, Map<String, Interaction>> byUser = new TreeMap<>();
        for (Interaction x : interactions) {
            byUser.computeIfAbsent(x.user(), k -> new TreeMap<>()).merge(x.item(), x,
                    (a, b) -> new Interaction(a.user(), a.item(), a.weight() + b.weight(),
                            Math.min(a.timestamp(), b.timestamp())));
        }
        Random random = new Random(seed);
        Map<String, List<Interaction>> train = new LinkedHashMap<>();
        Map<String, List<Interaction>> test = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Interaction>> e : byUser.entrySet()) {
            List<Interaction> items = new ArrayList<>(e.getValue().values());
            items.sort(Comparator.comparing(Interaction::item));
            Collections.shuffle(items, random);
            int keep = Math.max(1, (int) Math.round(ratio * items.size()));
            train.put(e.getKey(), List.copyOf(items.subList(0, keep)));
            if (keep < items.size()) {
                test.put(e.getKey(), List.copyOf(items.subList(keep, items.size())));
            }
        }
        return new TrainTestSplit(train, test);
    }

    /** All train interactions, user by user. */
    public List<Interaction> trainList() {
        List<Interaction> all = new ArrayList<>();
        train.values().forEach(all::addAll);
        return all;
    }
}

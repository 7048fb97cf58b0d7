package dev.priceflow.recommender.learning.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Interactions indexed for training: users and items get dense indices (sorted by id, so indices are
 * reproducible), repeated (user, item) pairs are merged by summing weights, and both the user → items and the
 * item → users lists are kept sorted by index.
 */
public final class InteractionData {

    private final List<String> itemIds;
    private final Map<String, Integer> itemIndex;
    private final int[][] userItems;
    private final double[][] userWeights;
    private final int[][] itemUsers;
    private final double[][] itemWeights;

    private InteractionData(List<String> itemIds, int[][] userItems, double[][] userWeights) {
        this.itemIds = List.copyOf(itemIds);
        this.itemIndex = new HashMap<>();
        for (int i = 0; i < itemIds.size(); i++) {
            itemIndex.put(itemIds.get(i), i);
        }
        this.userItems = userItems;
        this.userWeights = userWeights;
        int[] counts = new int[itemIds.size()];
        for (int[] items : userItems) {
            for (int i : items) {
                counts[i]++;
            }
        }
        itemUsers = new int[counts.length][];
        itemWeights = new double[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            itemUsers[i] = new int[counts[i]];
            itemWeights[i] = new double[counts[i]];
        }
        int[] fill = new int[counts.length];
        for (int u = 0; u < userItems.length; u++) {
            for (int k = 0; k < userItems[u].length; k++) {
                int i = userItems[u][k];
                itemUsers[i][fill[i]] = u;
                itemWeights[i][fill[i]++] = userWeights[u][k];
            }
        }
    }

    /** Indexes {@code interactions} per user (in {@code users} order) over the item catalogue {@code items}. */
    public static InteractionData of(List<String> users, List<String> items, Map<String, List<Interaction>> byUser) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            index.put(items.get(i), i);
        }
        int[][] userItems = new int[users.size()][];
        double[][] userWeights = new double[users.size()][];
        for (int u = 0; u < users.size(); u++) {
            TreeMap<Integer, Double> merged = new TreeMap<>();
            for (Interaction x : byUser.getOrDefault(users.get(u), List.of())) {
                Integer i = index.get(x.item());
                if (i == null) {
                    throw new IllegalArgumentException("item " + x.item() + " is not in the catalogue");
                }
                merged.merge(i, x.weight(), Double::sum);
            }
            userItems[u] = merged.keySet().stream().mapToInt(Integer::intValue).toArray();
            userWeights[u] = merged.values().stream().mapToDouble(Double::doubleValue).toArray();
        }
        return new InteractionData(items, userItems, userWeights);
    }

    /** Convenience: users and catalogue taken from the interactions themselves. */
    public static InteractionData of(List<Interaction> interactions) {
        TreeSet<String> items = new TreeSet<>();
        Map<String, List<Interaction>> byUser = new TreeMap<>();
        for (Interaction x : interactions) {
            items.add(x.item());
            byUser.computeIfAbsent(x.user(), k -> new ArrayList<>()).add(x);
        }
        return of(new ArrayList<>(byUser.keySet()), new ArrayList<>(items), byUser);
    }

    public int users() {
        return userItems.length;
    }

    public int items() {
        return itemIds.size();
    }

    public String itemId(int item) {
        return itemIds.get(item);
    }

    public List<String> itemIds() {
        return itemIds;
    }

    /** Index of an item id, or -1. */
    public int indexOf(String item) {
        return itemIndex.getOrDefault(item, -1);
    }

    public int[] userItems(int user) {
        return userItems[user];
    }

    public double[] userWeights(int user) {
        return userWeights[user];
    }

    public int[] itemUsers(int item) {
        return itemUsers[item];
    }

    public double[] itemWeights(int item) {
        return itemWeights[item];
    }

    public int interactions() {
        return Arrays.stream(userItems).mapToInt(a -> a.length).sum();
    }
}

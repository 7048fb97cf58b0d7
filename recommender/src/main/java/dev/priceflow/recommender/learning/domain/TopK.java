package dev.priceflow.recommender.learning.domain;

import java.util.PriorityQueue;

/** Keeps the {@code k} best (id, score) pairs; ties go to the lower id so results are deterministic. */
public final class TopK {

    private record Entry(int id, double score) {
    }

    private final int k;
    private final PriorityQueue<Entry> heap;

    public TopK(int k) {
        this.k = k;
        this.heap = new PriorityQueue<>((a, b) -> a.score != b.score ? Double.compare(a.score, b.score)
                : Integer.compare(b.id, a.id));
    }

    public void offer(int id, double score) {
        if (k <= 0) {
            return;
        }
        if (heap.size() < k) {
            heap.add(new Entry(id, score));
            return;
        }
        Entry worst = heap.peek();
        if (score > worst.score || (score == worst.score && id < worst.id)) {
            heap.poll();
            heap.add(new Entry(id, score));
        }
    }

    /** Ids best first. */
    public int[] ids() {
        Entry[] sorted = sorted();
        int[] out = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            out[i] = sorted[i].id;
        }
        return out;
    }

    /** Scores best first, aligned with {@link #ids()}. */
    public float[] floatScores() {
        Entry[] sorted = sorted();
        float[] out = new float[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            out[i] = (float) sorted[i].score;
        }
        return out;
    }

    private Entry[] sorted() {
        Entry[] all = heap.toArray(new Entry[0]);
        java.util.Arrays.sort(all, (a, b) -> a.score != b.score ? Double.compare(b.score, a.score)
                : Integer.compare(a.id, b.id));
        return all;
    }

    /** The best {@code k} of {@code scores}, skipping indices in {@code exclude} (sorted ascending). */
    public static int[] best(double[] scores, int[] excludeSorted, int k) {
        TopK top = new TopK(k);
        for (int i = 0; i < scores.length; i++) {
            if (java.util.Arrays.binarySearch(excludeSorted, i) < 0) {
                top.offer(i, scores[i]);
            }
        }
        return top.ids();
    }
}

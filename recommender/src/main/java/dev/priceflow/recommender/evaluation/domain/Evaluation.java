package dev.priceflow.recommender.evaluation.domain;

import dev.priceflow.recommender.learning.domain.BlendedRanker;
import dev.priceflow.recommender.learning.domain.FactorModel;
import dev.priceflow.recommender.learning.domain.ImplicitAls;
import dev.priceflow.recommender.learning.domain.Interaction;
import dev.priceflow.recommender.learning.domain.InteractionData;
import dev.priceflow.recommender.learning.domain.ItemNeighbours;
import dev.priceflow.recommender.learning.domain.Popularity;
import dev.priceflow.recommender.learning.domain.TopK;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Trains every model from scratch on the train side of a split and scores each on the held-out side: the
 * blended recommender, ALS alone, popularity and item-kNN. Items a user has in train are never recommended.
 */
public final class Evaluation {

    /** Scores one user into an array over the whole catalogue. */
    interface Scorer {
        void score(int user, double[] out);
    }

    private Evaluation() {
    }

    public static List<ModelScores> run(TrainTestSplit split, Set<String> catalogue, EvalConfig config,
                                        Consumer<String> progress) {
        List<String> users = new ArrayList<>(split.train().keySet());
        List<String> items = new ArrayList<>(new TreeSet<>(catalogue));
        InteractionData train = InteractionData.of(users, items, split.train());
        progress.accept("train: " + train.users() + " users, " + train.items() + " items, "
                + train.interactions() + " interactions; test users: " + split.test().size());

        long t0 = System.currentTimeMillis();
        Popularity popularity = Popularity.of(train);
        long popMs = System.currentTimeMillis() - t0;
        t0 = System.currentTimeMillis();
        ItemNeighbours knn = ItemNeighbours.build(train, ItemNeighbours.Normalisation.COSINE, config.knnNeighbours());
        long knnMs = System.currentTimeMillis() - t0;
        progress.accept("item-kNN built in " + knnMs + " ms");
        t0 = System.currentTimeMillis();
        FactorModel als = ImplicitAls.train(train, config.als(),
                it -> progress.accept("ALS iteration " + it + "/" + config.als().iterations()));
        long alsMs = System.currentTimeMillis() - t0;
        t0 = System.currentTimeMillis();
        ItemNeighbours cooc = ItemNeighbours.build(train, ItemNeighbours.Normalisation.JACCARD,
                config.coOccurrenceNeighbours());
        BlendedRanker blend = new BlendedRanker(train, als, cooc, popularity, config.blend());
        long blendMs = alsMs + System.currentTimeMillis() - t0;

        List<ModelScores> rows = new ArrayList<>();
        rows.add(score("recommender (blend)", blend::score, train, users, split, config.k(), blendMs, progress));
        rows.add(score("ALS only", als::scoreUser, train, users, split, config.k(), alsMs, progress));
        rows.add(score("popularity", (u, out) -> popularity.score(out), train, users, split, config.k(), popMs,
                progress));
        rows.add(score("item-kNN (cosine)", (u, out) -> knn.scoreUser(train.userItems(u), out), train, users, split,
                config.k(), knnMs, progress));
        return rows;
    }

    static ModelScores score(String name, Scorer scorer, InteractionData train, List<String> users,
                             TrainTestSplit split, int k, long trainMs, Consumer<String> progress) {
        double p = 0;
        double r = 0;
        double n = 0;
        double ap = 0;
        int evaluated = 0;
        Set<Integer> recommended = new HashSet<>();
        double[] scores = new double[train.items()];
        for (int u = 0; u < users.size(); u++) {
            List<Interaction> held = split.test().get(users.get(u));
            if (held == null) {
                continue;
            }
            Set<Integer> relevant = new HashSet<>();
            for (Interaction x : held) {
                relevant.add(train.indexOf(x.item()));
            }
            scorer.score(u, scores);
            int[] top = TopK.best(scores, train.userItems(u), k);
            for (int i : top) {
                recommended.add(i);
            }
            p += RankingMetrics.precision(top, relevant, k);
            r += RankingMetrics.recall(top, relevant, k);
            n += RankingMetrics.ndcg(top, relevant, k);
            ap += RankingMetrics.averagePrecision(top, relevant, k);
            evaluated++;
        }
        progress.accept("evaluated " + name + " on " + evaluated + " users");
        int m = Math.max(1, evaluated);
        return new ModelScores(name, p / m, r / m, n / m, ap / m, recommended.size() / (double) train.items(),
                trainMs);
    }

    /** Items of every interaction, train and test: the catalogue for coverage. */
    public static Set<String> catalogue(List<Interaction> all) {
        Set<String> items = new TreeSet<>();
        all.forEach(x -> items.add(x.item()));
        return items;
    }

}

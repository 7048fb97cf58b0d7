package dev.priceflow.recommender.evaluation.domain;

import dev.priceflow.recommender.learning.domain.AlsParams;
import dev.priceflow.recommender.learning.domain.BlendWeights;
import dev.priceflow.recommender.learning.domain.BlendedRanker;
import dev.priceflow.recommender.learning.domain.FactorModel;
import dev.priceflow.recommender.learning.domain.ImplicitAls;
import dev.priceflow.recommender.learning.domain.InteractionData;
import dev.priceflow.recommender.learning.domain.ItemNeighbours;
import dev.priceflow.recommender.learning.domain.Popularity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Honest tuning: splits the TRAIN side again (same ratio, seed + 1) and picks ALS confidence/regularisation and
 * then blend weights by nDCG@k on that validation split. The test side is never looked at.
 */
public final class Tuner {

    static final double[] ALPHAS = {1, 5, 20, 40};
    static final double[] REGULARISATIONS = {0.1, 2.0};
    static final List<BlendWeights> BLENDS = List.of(new BlendWeights(1, 0, 0), new BlendWeights(1, 0.5, 0),
            new BlendWeights(1, 1, 0), new BlendWeights(1, 0.5, 0.1), new BlendWeights(0.5, 1, 0.1),
            new BlendWeights(1, 0.25, 0.05));

    private Tuner() {
    }

    public static EvalConfig tune(TrainTestSplit outer, Set<String> catalogue, double ratio, long seed,
                                  EvalConfig start, Consumer<String> progress) {
        TrainTestSplit inner = TrainTestSplit.of(outer.trainList(), ratio, seed + 1);
        List<String> users = new ArrayList<>(inner.train().keySet());
        InteractionData train = InteractionData.of(users, new ArrayList<>(new TreeSet<>(catalogue)), inner.train());
        Consumer<String> quiet = s -> { };
        AlsParams bestAls = start.als();
        FactorModel bestModel = null;
        double best = -1;
        for (double alpha : ALPHAS) {
            for (double reg : REGULARISATIONS) {
                AlsParams p = new AlsParams(start.als().factors(), reg, alpha, start.als().iterations(),
                        start.als().seed());
                FactorModel model = ImplicitAls.train(train, p, it -> { });
                double ndcg = Evaluation.score("als", model::scoreUser, train, users, inner, start.k(), 0, quiet)
                        .ndcg();
                progress.accept(String.format("tune ALS alpha=%.0f reg=%.1f validation nDCG@%d=%.4f", alpha, reg,
                        start.k(), ndcg));
                if (ndcg > best) {
                    best = ndcg;
                    bestAls = p;
                    bestModel = model;
                }
            }
        }
        ItemNeighbours cooc = ItemNeighbours.build(train, ItemNeighbours.Normalisation.JACCARD,
                start.coOccurrenceNeighbours());
        Popularity pop = Popularity.of(train);
        BlendWeights bestBlend = start.blend();
        double bestBlendScore = -1;
        for (BlendWeights w : BLENDS) {
            BlendedRanker ranker = new BlendedRanker(train, bestModel, cooc, pop, w);
            double ndcg = Evaluation.score("blend", ranker::score, train, users, inner, start.k(), 0, quiet).ndcg();
            progress.accept(String.format("tune blend %s validation nDCG@%d=%.4f", w, start.k(), ndcg));
            if (ndcg > bestBlendScore) {
                bestBlendScore = ndcg;
                bestBlend = w;
            }
        }
        progress.accept("tuned: " + bestAls + " " + bestBlend);
        return start.withAls(bestAls).withBlend(bestBlend);
    }
}

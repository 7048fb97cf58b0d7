package dev.priceflow.recommender.evaluation.cli;

import dev.priceflow.recommender.evaluation.domain.EvalConfig;
import dev.priceflow.recommender.evaluation.domain.Evaluation;
import dev.priceflow.recommender.evaluation.domain.ModelScores;
import dev.priceflow.recommender.evaluation.domain.TrainTestSplit;
import dev.priceflow.recommender.evaluation.domain.Tuner;
import dev.priceflow.recommender.learning.domain.AlsParams;
import dev.priceflow.recommender.learning.domain.BlendWeights;
import dev.priceflow.recommender.learning.domain.Interaction;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code eval-recs --interactions FILE [--format csv|movielens] [--split 0.75] [--k 10] [--seed 42]
 * [--factors 32] [--iterations 12] [--tune]} or {@code eval-recs --derive-online-retail TRANSACTIONS --out FILE}.
 * Exit 0 on success, 2 on bad arguments or input (with the line number), 1 on failure. Progress goes to stderr.
 */
public final class EvalRecsMain {

    static final String USAGE = "usage: eval-recs --interactions FILE [--format csv|movielens] [--split 0.75] "
            + "[--k 10] [--seed 42] [--factors 32] [--iterations 12] [--tune]\n"
            + "       eval-recs --derive-online-retail TRANSACTIONS.csv.gz --out INTERACTIONS.csv";

    private EvalRecsMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        EvalOptions o;
        try {
            o = EvalOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("eval-recs: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        try {
            if (o.deriveFrom() != null) {
                int rows = OnlineRetailInteractions.derive(o.deriveFrom(), o.out());
                out.println("wrote " + rows + " interactions to " + o.out());
                return 0;
            }
            return evaluate(o, out, err);
        } catch (InteractionFile.BadLine e) {
            err.println("eval-recs: malformed input: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("eval-recs: cannot read " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("eval-recs: failed: " + e);
            return 1;
        }
    }

    private static int evaluate(EvalOptions o, PrintStream out, PrintStream err)
            throws IOException, InteractionFile.BadLine {
        long start = System.currentTimeMillis();
        err.println("loading " + o.interactions() + " (" + o.format().name().toLowerCase(Locale.ROOT) + ")");
        List<Interaction> all = InteractionFile.read(o.interactions(), o.format());
        Set<String> catalogue = Evaluation.catalogue(all);
        err.println("loaded " + all.size() + " interactions, " + catalogue.size() + " items");
        TrainTestSplit split = TrainTestSplit.of(all, o.split(), o.seed());
        EvalConfig config = new EvalConfig(o.k(),
                new AlsParams(o.factors(), 0.1, 20, o.iterations(), o.seed()),
                new BlendWeights(1, 0.5, 0.1), 50, 50);
        if (o.tune()) {
            config = Tuner.tune(split, catalogue, o.split(), o.seed(), config, err::println);
        }
        List<ModelScores> rows = Evaluation.run(split, catalogue, config, err::println);
        out.printf(Locale.ROOT, "interactions=%d users=%d items=%d split=%.2f seed=%d k=%d%n", all.size(),
                split.train().size(), catalogue.size(), o.split(), o.seed(), o.k());
        out.println("config: " + config.als() + " " + config.blend());
        out.printf(Locale.ROOT, "%-22s %12s %10s %8s %8s %9s %9s%n", "model", "precision@" + o.k(),
                "recall@" + o.k(), "nDCG@" + o.k(), "MAP@" + o.k(), "coverage", "train_ms");
        for (ModelScores r : rows) {
            out.printf(Locale.ROOT, "%-22s %12.4f %10.4f %8.4f %8.4f %9.4f %9d%n", r.model(), r.precision(),
                    r.recall(), r.ndcg(), r.map(), r.coverage(), r.trainMillis());
        }
        out.printf(Locale.ROOT, "total %.1f s%n", (System.currentTimeMillis() - start) / 1000.0);
        return 0;
    }
}

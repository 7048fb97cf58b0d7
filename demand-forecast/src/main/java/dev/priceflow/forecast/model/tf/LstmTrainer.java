package dev.priceflow.forecast.model.tf;

import dev.priceflow.forecast.model.domain.LstmConfig;
import dev.priceflow.forecast.model.domain.TrainingProgress;
import dev.priceflow.forecast.model.domain.Window;
import dev.priceflow.forecast.model.domain.WindowSet;
import dev.priceflow.forecast.model.domain.WindowSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.SessionFunction;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;

/**
 * Trains the global LSTM with Adam on shuffled mini-batches (shuffle seeded by the config's seed), stops early
 * when the validation pinball loss has not improved for {@code patience} epochs and restores the best epoch.
 */
public final class LstmTrainer {

    /** What training returns: the model (caller closes it) plus how training went. */
    public record Trained(LstmModel model, int epochs, int bestEpoch, double bestValidationLoss,
                          double windowsPerSecond) {
    }

    private final ConfigProto sessionConfig;

    /** Single-threaded TensorFlow: multi-threaded CPU reductions sum in varying order, which breaks reproducibility. */
    public LstmTrainer() {
        this(1);
    }

    /** @param threads TensorFlow intra-op threads; above 1 training is faster but not bit-reproducible */
    public LstmTrainer(int threads) {
        this.sessionConfig = ConfigProto.newBuilder().setIntraOpParallelismThreads(threads)
                .setInterOpParallelismThreads(1).build();
    }

    public Trained train(WindowSpec spec, LstmConfig cfg, WindowSet data, TrainingProgress progress) {
        if (data.train().isEmpty() || data.validation().isEmpty()) {
            throw new IllegalArgumentException("no training or validation windows");
        }
        Graph graph = new Graph();
        Session session = null;
        Path checkpoints = null;
        try {
            LstmGraph g = new LstmGraph(graph, cfg, spec);
            session = new Session(graph, sessionConfig);
            session.initialize();
            checkpoints = Files.createTempDirectory("priceflow-lstm");
            String best = checkpoints.resolve("best").toString();
            List<Window> order = new ArrayList<>(data.train());
            Random random = new Random(cfg.seed());
            double bestLoss = Double.POSITIVE_INFINITY;
            int bestEpoch = 0;
            int epoch = 0;
            long trainedWindows = 0;
            long trainNanos = 0;
            while (epoch < cfg.maxEpochs() && epoch - bestEpoch < cfg.patience()) {
                epoch++;
                Collections.shuffle(order, random);
                long t0 = System.nanoTime();
                double lossSum = 0;
                for (int from = 0; from < order.size(); from += cfg.batchSize()) {
                    List<Window> part = order.subList(from, Math.min(order.size(), from + cfg.batchSize()));
                    lossSum += step(session, g, spec, part, true) * part.size();
                }
                long dt = System.nanoTime() - t0;
                trainNanos += dt;
                trainedWindows += order.size();
                double validation = validationLoss(session, g, spec, data.validation());
                progress.epoch(epoch, lossSum / order.size(), validation, order.size() / (dt / 1e9));
                if (validation < bestLoss) {
                    bestLoss = validation;
                    bestEpoch = epoch;
                    session.save(best);
                }
            }
            session.restore(best);
            LstmModel model = new LstmModel(spec, SessionFunction.create(g.signature(), session),
                    List.of(session, graph));
            return new Trained(model, epoch, bestEpoch, bestLoss, trainedWindows / (trainNanos / 1e9));
        } catch (IOException e) {
            close(session, graph);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            close(session, graph);
            throw e;
        } finally {
            deleteQuietly(checkpoints);
        }
    }

    double validationLoss(Session session, LstmGraph g, WindowSpec spec, List<Window> windows) {
        double sum = 0;
        for (int from = 0; from < windows.size(); from += 1024) {
            List<Window> part = windows.subList(from, Math.min(windows.size(), from + 1024));
            sum += step(session, g, spec, part, false) * part.size();
        }
        return sum / windows.size();
    }

    private static double step(Session session, LstmGraph g, WindowSpec spec, List<Window> part, boolean train) {
        try (Batch b = new Batch(spec, part, true)) {
            Session.Runner runner = session.runner().feed(g.x, b.x).feed(g.future, b.future).feed(g.group, b.group)
                    .feed(g.target, b.target).fetch(g.loss);
            if (train) {
                runner.addTarget(g.train);
            }
            try (Result r = runner.run()) {
                return ((TFloat32) r.get(0)).getFloat();
            }
        }
    }

    private static void close(Session session, Graph graph) {
        if (session != null) {
            session.close();
        }
        graph.close();
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp checkpoint is harmless
        }
    }
}

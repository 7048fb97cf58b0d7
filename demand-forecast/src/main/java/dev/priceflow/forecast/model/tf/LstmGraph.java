package dev.priceflow.forecast.model.tf;

import dev.priceflow.forecast.model.domain.Features;
import dev.priceflow.forecast.model.domain.LstmConfig;
import dev.priceflow.forecast.model.domain.WindowSpec;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Unstack;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The global quantile LSTM: the unrolled cell reads the scaled window, its last hidden state, the horizon's
 * known covariates and the group embedding feed a tanh layer, which gives P50 and two softplus gaps, so
 * P10 = P50 − gap10 ≤ P50 ≤ P50 + gap90 = P90 by construction. Loss: pinball averaged over the three quantiles.
 */
final class LstmGraph {

    static final String X = "x";
    static final String FUTURE = "future";
    static final String GROUP = "group";
    static final String OUT = "quantiles";
    static final int DENSE = 32;

    final Placeholder<TFloat32> x;
    final Placeholder<TFloat32> future;
    final Placeholder<TInt32> group;
    final Placeholder<TFloat32> target;
    final Operand<TFloat32> quantiles;
    final Operand<TFloat32> loss;
    final Op train;
    private final List<Variable<TFloat32>> variables = new ArrayList<>();

    LstmGraph(Graph graph, LstmConfig cfg, WindowSpec spec) {
        Ops tf = Ops.create(graph);
        int w = spec.window();
        int h = spec.horizon();
        int hid = cfg.hidden();
        x = tf.withName(X).placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, w, Features.STEP)));
        future = tf.withName(FUTURE).placeholder(TFloat32.class,
                Placeholder.shape(Shape.of(-1, (long) h * Features.COVARIATES)));
        group = tf.withName(GROUP).placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
        target = tf.withName("target").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, h)));

        float[] forgetBias = new float[4 * hid];
        java.util.Arrays.fill(forgetBias, hid, 2 * hid, 1f);
        LstmCell cell = new LstmCell(weight(tf, cfg, "lstm_wx", Features.STEP, 4 * hid),
                weight(tf, cfg, "lstm_wh", hid, 4 * hid), keep(tf.withName("lstm_b").variable(tf.constant(forgetBias))));
        List<Operand<TFloat32>> steps = new ArrayList<>(
                tf.unstack(x, (long) w, Unstack.axis(1L)).output());
        Operand<TFloat32> last = cell.unroll(tf, steps).h();

        Operand<TFloat32> oneHot = tf.oneHot(group, tf.constant(cfg.groups()), tf.constant(1f), tf.constant(0f));
        Operand<TFloat32> embedding = tf.linalg.matMul(oneHot, weight(tf, cfg, "embedding", cfg.groups(), cfg.embedding()));
        Operand<TFloat32> z = tf.math.tanh(sum(tf,
                tf.linalg.matMul(last, weight(tf, cfg, "dense_h", hid, DENSE)),
                tf.linalg.matMul(future, weight(tf, cfg, "dense_f", h * Features.COVARIATES, DENSE)),
                tf.linalg.matMul(embedding, weight(tf, cfg, "dense_e", cfg.embedding(), DENSE)),
                zeros(tf, "dense_b", DENSE)));
        Operand<TFloat32> p50 = tf.math.add(tf.linalg.matMul(z, weight(tf, cfg, "p50_w", DENSE, h)), zeros(tf, "p50_b", h));
        Operand<TFloat32> gap10 = tf.math.softplus(
                tf.math.add(tf.linalg.matMul(z, weight(tf, cfg, "gap10_w", DENSE, h)), zeros(tf, "gap10_b", h)));
        Operand<TFloat32> gap90 = tf.math.softplus(
                tf.math.add(tf.linalg.matMul(z, weight(tf, cfg, "gap90_w", DENSE, h)), zeros(tf, "gap90_b", h)));
        Operand<TFloat32> p10 = tf.math.sub(p50, gap10);
        Operand<TFloat32> p90 = tf.math.add(p50, gap90);
        quantiles = tf.withName(OUT).stack(List.of(p10, p50, p90), org.tensorflow.op.core.Stack.axis(2L));

        loss = tf.withName("loss").math.div(sum(tf, pinball(tf, 0.1f, p10), pinball(tf, 0.5f, p50),
                pinball(tf, 0.9f, p90)), tf.constant(3f));
        train = RaceFreeAdam.minimize(tf, loss, variables, cfg.learningRate());
    }

    Signature signature() {
        return Signature.builder().key(Signature.DEFAULT_KEY).input(X, x).input(FUTURE, future).input(GROUP, group)
                .output(OUT, quantiles).build();
    }

    private Operand<TFloat32> pinball(Ops tf, float q, Operand<TFloat32> prediction) {
        Operand<TFloat32> e = tf.math.sub(target, prediction);
        Operand<TFloat32> l = tf.math.maximum(tf.math.mul(tf.constant(q), e), tf.math.mul(tf.constant(q - 1f), e));
        return tf.math.mean(l, tf.constant(new int[] {0, 1}));
    }

    @SafeVarargs
    private static Operand<TFloat32> sum(Ops tf, Operand<TFloat32>... terms) {
        Operand<TFloat32> s = terms[0];
        for (int i = 1; i < terms.length; i++) {
            s = tf.math.add(s, terms[i]);
        }
        return s;
    }

    /** Glorot-normal weights from a stateless generator keyed by (seed, variable index): reproducible. */
    private Variable<TFloat32> weight(Ops tf, LstmConfig cfg, String name, int in, int out) {
        Operand<TFloat32> normal = tf.random.statelessRandomNormal(tf.constant(new long[] {in, out}),
                tf.constant(new long[] {cfg.seed(), variables.size()}));
        float std = (float) Math.sqrt(2.0 / (in + out));
        return keep(tf.withName(name).variable(tf.math.mul(normal, tf.constant(std))));
    }

    private Variable<TFloat32> zeros(Ops tf, String name, int n) {
        return keep(tf.withName(name).variable(tf.constant(new float[n])));
    }

    private Variable<TFloat32> keep(Variable<TFloat32> v) {
        variables.add(v);
        return v;
    }
}

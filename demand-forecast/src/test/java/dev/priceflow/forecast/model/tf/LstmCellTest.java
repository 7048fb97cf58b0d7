package dev.priceflow.forecast.model.tf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

class LstmCellTest {

    @Test
    void unrolledCellGivesBatchByHiddenStatesBoundedByTanh() {
        try (Graph graph = new Graph(); Session session = new Session(graph)) {
            Ops tf = Ops.create(graph);
            int batch = 3;
            int features = 2;
            int hidden = 4;
            LstmCell cell = new LstmCell(tf.constant(filled(features, 4 * hidden, 0.5f)),
                    tf.constant(filled(hidden, 4 * hidden, -0.3f)), tf.constant(new float[4 * hidden]));
            var steps = List.of(tf.constant(filled(batch, features, 1f)), tf.constant(filled(batch, features, 2f)),
                    tf.constant(filled(batch, features, -1f)));
            LstmCell.State last = cell.unroll(tf, steps);
            try (Result r = session.runner().fetch(last.h()).fetch(last.c()).run()) {
                TFloat32 h = (TFloat32) r.get(0);
                TFloat32 c = (TFloat32) r.get(1);
                assertThat(h.shape().asArray()).containsExactly(batch, hidden);
                assertThat(c.shape().asArray()).containsExactly(batch, hidden);
                for (int i = 0; i < batch; i++) {
                    for (int j = 0; j < hidden; j++) {
                        assertThat(Math.abs(h.getFloat(i, j))).isLessThan(1f);
                    }
                }
            }
        }
    }

    @Test
    void firstStepMatchesHandComputedGates() {
        // one input, one unit: gates all = x*w; c = sigmoid(a)*tanh(a), h = sigmoid(a)*tanh(c)
        try (Graph graph = new Graph(); Session session = new Session(graph)) {
            Ops tf = Ops.create(graph);
            LstmCell cell = new LstmCell(tf.constant(new float[][] {{0.5f, 0.5f, 0.5f, 0.5f}}),
                    tf.constant(new float[][] {{0f, 0f, 0f, 0f}}), tf.constant(new float[4]));
            LstmCell.State s = cell.step(tf, tf.constant(new float[][] {{2f}}), null);
            double a = 1.0;
            double sig = 1 / (1 + Math.exp(-a));
            double c = sig * Math.tanh(a);
            try (Result r = session.runner().fetch(s.h()).run()) {
                assertThat((double) ((TFloat32) r.get(0)).getFloat(0, 0))
                        .isCloseTo(sig * Math.tanh(c), org.assertj.core.data.Offset.offset(1e-6));
            }
        }
    }

    static float[][] filled(int rows, int cols, float v) {
        float[][] a = new float[rows][cols];
        for (float[] row : a) {
            java.util.Arrays.fill(row, v);
        }
        return a;
    }
}

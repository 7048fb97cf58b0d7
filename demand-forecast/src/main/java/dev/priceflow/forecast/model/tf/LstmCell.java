package dev.priceflow.forecast.model.tf;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * One LSTM step from plain ops (TensorFlow Java has no LSTM layer): the four gates come from one fused
 * {@code x·Wx + h·Wh + b} of width 4·hidden, split as input, forget, candidate, output.
 */
public record LstmCell(Operand<TFloat32> wx, Operand<TFloat32> wh, Operand<TFloat32> bias) {

    /** Hidden and cell state after a step, both [batch, hidden]. */
    public record State(Operand<TFloat32> h, Operand<TFloat32> c) {
    }

    /** @param previous null at the first step (zero state) */
    public State step(Ops tf, Operand<TFloat32> x, State previous) {
        Operand<TFloat32> gates = tf.math.add(tf.linalg.matMul(x, wx), bias);
        if (previous != null) {
            gates = tf.math.add(gates, tf.linalg.matMul(previous.h(), wh));
        }
        List<Output<TFloat32>> g = tf.split(tf.constant(1), gates, 4L).output();
        Operand<TFloat32> input = tf.math.sigmoid(g.get(0));
        Operand<TFloat32> forget = tf.math.sigmoid(g.get(1));
        Operand<TFloat32> candidate = tf.math.tanh(g.get(2));
        Operand<TFloat32> output = tf.math.sigmoid(g.get(3));
        Operand<TFloat32> c = tf.math.mul(input, candidate);
        if (previous != null) {
            c = tf.math.add(tf.math.mul(forget, previous.c()), c);
        }
        return new State(tf.math.mul(output, tf.math.tanh(c)), c);
    }

    /** Runs the cell over the steps and returns the last state. */
    public State unroll(Ops tf, List<? extends Operand<TFloat32>> steps) {
        State s = null;
        for (Operand<TFloat32> x : steps) {
            s = step(tf, x, s);
        }
        return s;
    }
}

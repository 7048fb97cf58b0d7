package dev.priceflow.forecast.model.tf;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Gradients;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * Adam as ops, ordered so one training step is deterministic. tensorflow-framework 1.1.0's Adam updates its
 * beta-power variables with no control dependency on the ApplyAdam ops that read them, and lets a weight's update
 * race with gradient ops that still read that weight; on CPU the seeded training then varied from run to run.
 * Here every update waits for all gradients, and the step counter moves only after every update.
 */
final class RaceFreeAdam {

    static final float BETA1 = 0.9f;
    static final float BETA2 = 0.999f;
    static final float EPSILON = 1e-7f;

    private RaceFreeAdam() {
    }

    static Op minimize(Ops tf, Operand<TFloat32> loss, List<Variable<TFloat32>> variables, float learningRate) {
        Gradients gradients = tf.gradients(loss, variables);
        List<Op> computed = new ArrayList<>();
        for (int i = 0; i < variables.size(); i++) {
            computed.add(tf.identity(gradients.<TFloat32>dy(i)));
        }
        Ops afterGradients = tf.withControlDependencies(computed);
        Variable<TFloat32> step = tf.withName("adam_step").variable(tf.constant(0f));
        Operand<TFloat32> t = tf.math.add(tf.identity(step), tf.constant(1f));
        Operand<TFloat32> beta1Power = tf.math.pow(tf.constant(BETA1), t);
        Operand<TFloat32> beta2Power = tf.math.pow(tf.constant(BETA2), t);
        List<Op> updates = new ArrayList<>();
        for (int i = 0; i < variables.size(); i++) {
            Variable<TFloat32> w = variables.get(i);
            Operand<TFloat32> zeros = tf.zeros(tf.constant(w.shape().asArray()), TFloat32.class);
            Variable<TFloat32> m = tf.variable(zeros);
            Variable<TFloat32> v = tf.variable(zeros);
            updates.add(afterGradients.train.applyAdam(w, m, v, beta1Power, beta2Power, tf.constant(learningRate),
                    tf.constant(BETA1), tf.constant(BETA2), tf.constant(EPSILON),
                    afterGradients.identity(gradients.<TFloat32>dy(i))));
        }
        Op advance = tf.withControlDependencies(updates).assignAdd(step, tf.constant(1f));
        return tf.withName("train").withControlDependencies(List.of(advance)).noOp();
    }
}

package dev.priceflow.forecast.model.tf;

import dev.priceflow.forecast.model.domain.Features;
import dev.priceflow.forecast.model.domain.Window;
import dev.priceflow.forecast.model.domain.WindowSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** Packs windows into the graph's input tensors; the caller closes them (try-with-resources). */
final class Batch implements AutoCloseable {

    final TFloat32 x;
    final TFloat32 future;
    final TInt32 group;
    final TFloat32 target;
    final int size;

    Batch(WindowSpec spec, List<Window> windows, boolean withTarget) {
        size = windows.size();
        int w = spec.window() * Features.STEP;
        int f = spec.horizon() * Features.COVARIATES;
        int h = spec.horizon();
        float[] xs = new float[size * w];
        float[] fs = new float[size * f];
        float[] ys = new float[withTarget ? size * h : 0];
        int[] gs = new int[size];
        for (int i = 0; i < size; i++) {
            Window win = windows.get(i);
            System.arraycopy(win.inputs(), 0, xs, i * w, w);
            System.arraycopy(win.future(), 0, fs, i * f, f);
            if (withTarget) {
                System.arraycopy(win.target(), 0, ys, i * h, h);
            }
            gs[i] = win.group();
        }
        x = TFloat32.tensorOf(Shape.of(size, spec.window(), Features.STEP), DataBuffers.of(xs, true, false));
        future = TFloat32.tensorOf(Shape.of(size, f), DataBuffers.of(fs, true, false));
        group = TInt32.tensorOf(Shape.of(size), DataBuffers.of(gs, true, false));
        target = withTarget ? TFloat32.tensorOf(Shape.of(size, h), DataBuffers.of(ys, true, false)) : null;
    }

    Map<String, Tensor> inputs() {
        Map<String, Tensor> m = new HashMap<>();
        m.put(LstmGraph.X, x);
        m.put(LstmGraph.FUTURE, future);
        m.put(LstmGraph.GROUP, group);
        return m;
    }

    @Override
    public void close() {
        x.close();
        future.close();
        group.close();
        if (target != null) {
            target.close();
        }
    }
}

package dev.priceflow.forecast.model.tf;

import dev.priceflow.forecast.model.domain.QuantileForecast;
import dev.priceflow.forecast.model.domain.Window;
import dev.priceflow.forecast.model.domain.WindowSpec;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Result;
import org.tensorflow.SessionFunction;
import org.tensorflow.TensorFunction;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/**
 * A trained (or loaded) quantile LSTM. Owns its native resources (session and graph, or the SavedModel
 * bundle) and closes them in {@link #close()}.
 */
public final class LstmModel implements AutoCloseable {

    private static final int PREDICT_BATCH = 1024;

    private final WindowSpec spec;
    private final TensorFunction function;
    private final List<AutoCloseable> owned;

    LstmModel(WindowSpec spec, TensorFunction function, List<AutoCloseable> owned) {
        this.spec = spec;
        this.function = function;
        this.owned = owned;
    }

    public WindowSpec spec() {
        return spec;
    }

    SessionFunction sessionFunction() {
        return (SessionFunction) function;
    }

    /** Raw scaled quantiles: [window][period][P10, P50, P90]. */
    public float[][][] predictScaled(List<Window> windows) {
        List<float[][]> out = new ArrayList<>(windows.size());
        int h = spec.horizon();
        for (int from = 0; from < windows.size(); from += PREDICT_BATCH) {
            List<Window> part = windows.subList(from, Math.min(windows.size(), from + PREDICT_BATCH));
            try (Batch batch = new Batch(spec, part, false);
                 Result result = function.call(batch.inputs())) {
                TFloat32 q = (TFloat32) result.get(LstmGraph.OUT).orElseThrow();
                float[] flat = new float[part.size() * h * 3];
                q.copyTo(DataBuffers.of(flat, false, false));
                for (int i = 0; i < part.size(); i++) {
                    float[][] rows = new float[h][3];
                    for (int k = 0; k < h; k++) {
                        System.arraycopy(flat, (i * h + k) * 3, rows[k], 0, 3);
                    }
                    out.add(rows);
                }
            }
        }
        return out.toArray(new float[0][][]);
    }

    /** Forecasts in the series' units; demand cannot be negative, so all quantiles are floored at 0 (keeps order). */
    public List<QuantileForecast> forecast(List<Window> windows) {
        float[][][] raw = predictScaled(windows);
        List<QuantileForecast> out = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            double scale = windows.get(i).scale();
            double[][] q = new double[3][spec.horizon()];
            for (int k = 0; k < spec.horizon(); k++) {
                for (int j = 0; j < 3; j++) {
                    q[j][k] = Math.max(0, raw[i][k][j] * scale);
                }
            }
            out.add(new QuantileForecast(q[0], q[1], q[2]));
        }
        return out;
    }

    @Override
    public void close() {
        for (AutoCloseable c : owned) {
            try {
                c.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing TensorFlow resource failed", e);
            }
        }
    }
}

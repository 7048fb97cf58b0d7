package dev.priceflow.forecast.model.tf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a separate JVM by {@link FreshJvmReloadTest}: loads a saved model and writes its predictions on the
 * test's sine windows, one float's exact bits per line, so the caller can compare bit for bit.
 */
public final class PredictInFreshJvm {

    private PredictInFreshJvm() {
    }

    public static void main(String[] args) throws Exception {
        Path modelDir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        try (LstmModel model = ModelStore.load(modelDir)) {
            Files.write(out, bits(model.predictScaled(LstmTrainerTest.sines(4).forecast())));
        }
    }

    static List<String> bits(float[][][] predictions) {
        List<String> lines = new ArrayList<>();
        for (float[][] window : predictions) {
            for (float[] step : window) {
                for (float q : step) {
                    lines.add(Integer.toHexString(Float.floatToRawIntBits(q)));
                }
            }
        }
        return lines;
    }
}

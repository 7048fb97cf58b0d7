package dev.priceflow.forecast.model.tf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.forecast.model.domain.Provenance;
import dev.priceflow.forecast.model.domain.WindowSet;
import dev.priceflow.forecast.model.domain.WindowSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved model loaded by another JVM (no shared graph, session or native state) predicts bit for bit the same. */
class FreshJvmReloadTest {

    @Test
    void aModelLoadedInAFreshJvmGivesIdenticalPredictions(@TempDir Path tmp) throws Exception {
        WindowSet data = LstmTrainerTest.sines(4);
        Path dir = tmp.resolve("model");
        List<String> before;
        try (LstmModel model = new LstmTrainer().train(new WindowSpec(8, 4),
                LstmTrainerTest.config(3), data, (e, a, b, c) -> { }).model()) {
            before = PredictInFreshJvm.bits(model.predictScaled(data.forecast()));
            ModelStore.save(model, dir, new Provenance("sine", "0", "59", 2, 120, model.spec(),
                    LstmTrainerTest.config(3), ModelStore.tensorflowVersion(), "CPU", 3, 3, List.of()));
        }

        Path out = tmp.resolve("predictions.txt");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), PredictInFreshJvm.class.getName(),
                dir.toString(), out.toString())
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile())
                .start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child JVM finished in time").isTrue();
        assertThat(child.exitValue()).as(Files.readString(tmp.resolve("child.log"))).isZero();

        assertThat(Files.readAllLines(out)).hasSize(before.size()).isEqualTo(before);
    }
}

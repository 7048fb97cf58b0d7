package dev.priceflow.forecast.model.tf;

import dev.priceflow.forecast.model.domain.Provenance;
import dev.priceflow.forecast.model.domain.WindowSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Signature;
import org.tensorflow.TensorFlow;

/** Saves a model as a TensorFlow SavedModel plus {@code provenance.json}, and loads it back. */
public final class ModelStore {

    public static final String PROVENANCE = "provenance.json";

    private ModelStore() {
    }

    public static void save(LstmModel model, Path dir, Provenance provenance) throws IOException {
        if (Files.exists(dir) && Files.list(dir).findAny().isPresent()) {
            throw new IOException("model directory is not empty: " + dir);
        }
        Files.createDirectories(dir);
        SavedModelBundle.exporter(dir.toString()).withFunction(model.sessionFunction()).export();
        Files.writeString(dir.resolve(PROVENANCE), provenance.toJson(), StandardCharsets.UTF_8);
    }

    public static LstmModel load(Path dir) throws IOException {
        String json = Files.readString(dir.resolve(PROVENANCE), StandardCharsets.UTF_8);
        WindowSpec spec = new WindowSpec(intField(json, "window"), intField(json, "horizon"));
        SavedModelBundle bundle = SavedModelBundle.load(dir.toString(), SavedModelBundle.DEFAULT_TAG);
        try {
            return new LstmModel(spec, bundle.function(Signature.DEFAULT_KEY), List.of(bundle));
        } catch (RuntimeException e) {
            bundle.close();
            throw e;
        }
    }

    /** TensorFlow Java artifact version (from its jar manifest) and the native TensorFlow runtime version. */
    public static String tensorflowVersion() {
        String java = null;
        try (var in = SavedModelBundle.class.getResourceAsStream(
                "/META-INF/maven/org.tensorflow/tensorflow-core-api/pom.properties")) {
            if (in != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                java = p.getProperty("version");
            }
        } catch (IOException e) {
            java = null;   // provenance then says "unknown" rather than failing a save
        }
        return "tensorflow-java " + (java == null ? "unknown" : java) + ", native TensorFlow " + TensorFlow.version();
    }

    /** CPU unless the GPU native build is on the class path (the -Pgpu profile). */
    public static String device() {
        boolean gpu = ModelStore.class.getClassLoader()
                .getResource("org/tensorflow/internal/c_api/linux-x86_64-gpu/") != null;
        return (gpu ? "GPU build (linux-x86_64-gpu)" : "CPU")
                + ", " + Runtime.getRuntime().availableProcessors() + " cores";
    }

    private static int intField(String json, String name) throws IOException {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IOException(PROVENANCE + " lacks " + name);
        }
        return Integer.parseInt(m.group(1));
    }
}

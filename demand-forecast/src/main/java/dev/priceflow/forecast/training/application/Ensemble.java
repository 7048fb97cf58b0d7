package dev.priceflow.forecast.training.application;

import dev.priceflow.forecast.model.domain.QuantileForecast;
import dev.priceflow.forecast.model.domain.Window;
import dev.priceflow.forecast.model.domain.WindowSpec;
import dev.priceflow.forecast.model.tf.LstmModel;
import dev.priceflow.forecast.model.tf.ModelStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SavedModels of one registered model ({@code member-0..n-1} under its directory), loaded; forecasts are
 * the members' quantiles averaged period by period (a mean of ordered triples stays ordered). Closes them all.
 */
public final class Ensemble implements AutoCloseable {

    public static final String MEMBER = "member-";

    private final List<LstmModel> members;

    private Ensemble(List<LstmModel> members) {
        this.members = members;
    }

    public static Ensemble load(Path dir) throws IOException {
        List<Path> dirs;
        try (Stream<Path> list = Files.list(dir)) {
            dirs = list.filter(p -> p.getFileName().toString().startsWith(MEMBER)).sorted().toList();
        }
        if (dirs.isEmpty()) {
            throw new IOException("no " + MEMBER + "* SavedModel under " + dir);
        }
        List<LstmModel> loaded = new ArrayList<>();
        try {
            for (Path d : dirs) {
                loaded.add(ModelStore.load(d));
            }
        } catch (IOException | RuntimeException e) {
            loaded.forEach(LstmModel::close);
            throw e;
        }
        return new Ensemble(loaded);
    }

    public WindowSpec spec() {
        return members.getFirst().spec();
    }

    public List<QuantileForecast> forecast(List<Window> windows) {
        List<List<QuantileForecast>> all = new ArrayList<>();
        members.forEach(m -> all.add(m.forecast(windows)));
        return QuantileForecast.mean(all);
    }

    @Override
    public void close() {
        members.forEach(LstmModel::close);
    }
}

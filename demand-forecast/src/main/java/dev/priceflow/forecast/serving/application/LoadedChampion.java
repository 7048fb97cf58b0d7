package dev.priceflow.forecast.serving.application;

import dev.priceflow.forecast.model.domain.Granularity;
import dev.priceflow.forecast.model.domain.QuantileForecast;
import dev.priceflow.forecast.model.domain.Series;
import dev.priceflow.forecast.model.domain.WindowMaker;
import dev.priceflow.forecast.registry.application.ModelRegistry;
import dev.priceflow.forecast.registry.domain.RegisteredModel;
import dev.priceflow.forecast.training.application.Ensemble;
import dev.priceflow.forecast.training.application.TrainForecastModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps exactly one loaded champion: loaded lazily on first use, swapped (old one closed) when the registry's
 * champion id changes. Loading and inference are serialised on this object, so a model is never closed while
 * it predicts.
 */
public final class LoadedChampion implements ChampionModel, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LoadedChampion.class);

    private final ModelRegistry registry;
    private UUID loadedId;
    private Granularity loadedGranularity;
    private Ensemble loaded;

    public LoadedChampion(ModelRegistry registry) {
        this.registry = registry;
    }

    @Override
    public synchronized Optional<Current> current() {
        Optional<RegisteredModel> champion = registry.champion();
        if (champion.isEmpty()) {
            return Optional.empty();
        }
        RegisteredModel c = champion.get();
        if (!c.id().equals(loadedId)) {
            swap(c);
        }
        return Optional.of(new Current(c.id(), loaded.spec(), loadedGranularity));
    }

    @Override
    public synchronized QuantileForecast forecast(UUID id, Series withFuture) {
        if (!id.equals(loadedId)) {
            throw new ChampionChanged(id);
        }
        WindowMaker maker = new WindowMaker(loaded.spec(), loadedGranularity.season(), TrainForecastModel.WINDOW_SCALED);
        return loaded.forecast(List.of(maker.plannedWindow(withFuture))).getFirst();
    }

    private void swap(RegisteredModel c) {
        Ensemble next;
        try {
            next = Ensemble.load(Path.of(c.path()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load champion " + c.id() + " from " + c.path(), e);
        }
        Ensemble old = loaded;
        loaded = next;
        loadedId = c.id();
        loadedGranularity = c.granularity();
        LOG.info("serving champion model={} granularity={} replaced={}", c.id(), c.granularity(),
                old == null ? "none" : "previous");
        if (old != null) {
            old.close();
        }
    }

    @Override
    public synchronized void close() {
        if (loaded != null) {
            loaded.close();
            loaded = null;
            loadedId = null;
        }
    }
}

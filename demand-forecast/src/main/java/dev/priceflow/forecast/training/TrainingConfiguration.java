package dev.priceflow.forecast.training;

import dev.priceflow.forecast.model.domain.WindowSpec;
import dev.priceflow.forecast.publishing.application.PublicationRuns;
import dev.priceflow.forecast.registry.application.ModelRegistry;
import dev.priceflow.forecast.registry.domain.ModelStatus;
import dev.priceflow.forecast.serving.application.ForecastSku;
import dev.priceflow.forecast.serving.application.LoadedChampion;
import dev.priceflow.forecast.training.application.SalesSource;
import dev.priceflow.forecast.training.application.TrainForecastModel;
import dev.priceflow.forecast.training.application.TrainingJobs;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires training, the registry and serving. */
@Configuration(proxyBeanMethods = false)
public class TrainingConfiguration {

    @Bean
    TrainForecastModel trainForecastModel(SalesSource sales, ModelRegistry registry, Clock clock) {
        return new TrainForecastModel(sales, registry, clock);
    }

    /** Training jobs; a job that promotes a new CHAMPION requests a forecast publication afterwards. */
    @Bean
    TrainingJobs trainingJobs(TrainForecastModel train, PublicationRuns publications, Clock clock) {
        return new TrainingJobs((settings, listener) -> {
            TrainForecastModel.Outcome o = train.train(settings, listener);
            if (o.model().status() == ModelStatus.CHAMPION) {
                publications.request("new champion " + o.model().id());
            }
            return o;
        }, clock);
    }

    @Bean(destroyMethod = "close")
    LoadedChampion loadedChampion(ModelRegistry registry) {
        return new LoadedChampion(registry);
    }

    @Bean
    ForecastSku forecastSku(SalesSource sales, LoadedChampion champion) {
        return new ForecastSku(sales, champion);
    }

    /** The configured run, with optional CLI/API overrides of epochs and seed. */
    public static TrainForecastModel.Settings settings(TrainingProperties p, Integer epochs, Long seed) {
        return new TrainForecastModel.Settings(epochs == null ? p.epochs() : epochs, p.hidden(), p.ensemble(),
                seed == null ? p.seed() : seed, new WindowSpec(p.window(), p.horizon()), Path.of(p.modelsDir()),
                p.skuPrefix());
    }
}

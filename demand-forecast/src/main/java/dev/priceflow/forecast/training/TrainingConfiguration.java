package dev.priceflow.forecast.training;

import dev.priceflow.forecast.publishing.application.PublicationRuns;
import dev.priceflow.forecast.registry.application.ModelRegistry;
import dev.priceflow.forecast.registry.domain.ModelStatus;
import dev.priceflow.forecast.serving.application.ForecastSku;
import dev.priceflow.forecast.serving.application.LoadedChampion;
import dev.priceflow.forecast.training.application.SalesSource;
import dev.priceflow.forecast.training.application.TrainForecastModel;
import dev.priceflow.forecast.training.application.TrainingJobStore;
import dev.priceflow.forecast.training.application.TrainingJobs;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
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
    TrainingJobs trainingJobs(TrainForecastModel train, PublicationRuns publications, TrainingJobStore store,
                              TrainingJobProperties p, Clock clock) {
        return new TrainingJobs((settings, listener) -> {
            TrainForecastModel.Outcome o = train.train(settings, listener);
            if (o.model().status() == ModelStatus.CHAMPION) {
                publications.request("new champion " + o.model().id());
            }
            return o;
        }, store, clock, p.instance(), p.heartbeat(), p.staleAfter());
    }

    /** Only a started web server recovers jobs (the train-forecast CLI runs the same beans without one). */
    @Bean
    ApplicationListener<WebServerInitializedEvent> recoverTrainingJobs(TrainingJobs jobs) {
        return event -> jobs.recover();
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
                seed == null ? p.seed() : seed, p.granularity().spec(p.window(), p.horizon()), Path.of(p.modelsDir()),
                p.skuPrefix(), p.granularity());
    }
}

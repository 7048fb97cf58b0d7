package dev.priceflow.forecast.elasticity.application;

import dev.priceflow.forecast.elasticity.domain.Elasticity;
import dev.priceflow.forecast.elasticity.domain.ElasticityEstimator;
import dev.priceflow.forecast.elasticity.domain.WeeklyPoint;
import java.util.List;
import java.util.Map;

/**
 * The own-price elasticity of a SKU. Unknown = neither sales history nor a catalogue entry. Blocking (reads
 * every SKU's weekly history): call it off the event loop. Database errors propagate (fail closed).
 */
public final class EstimateElasticity {

    private final WeeklySales weeklySales;
    private final Catalogue catalogue;
    private final ElasticityEstimator estimator;

    public EstimateElasticity(WeeklySales weeklySales, Catalogue catalogue, ElasticityEstimator estimator) {
        this.weeklySales = weeklySales;
        this.catalogue = catalogue;
        this.estimator = estimator;
    }

    public Outcome of(String sku) {
        Map<String, List<WeeklyPoint>> weekly = weeklySales.all();
        Map<String, String> categories = catalogue.categories();
        if (!weekly.containsKey(sku) && !categories.containsKey(sku)) {
            return new Outcome.UnknownSku();
        }
        return switch (estimator.estimate(sku, weekly, categories)) {
            case ElasticityEstimator.Result.Found found -> new Outcome.Found(found.elasticity());
            case ElasticityEstimator.Result.Insufficient insufficient -> new Outcome.Insufficient(insufficient.reason());
        };
    }

    public sealed interface Outcome {
        record Found(Elasticity elasticity) implements Outcome {
        }

        record UnknownSku() implements Outcome {
        }

        record Insufficient(String reason) implements Outcome {
        }
    }
}

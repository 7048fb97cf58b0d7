package dev.priceflow.forecast.elasticity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ElasticityEstimatorTest {

    private final ElasticityEstimator estimator = new ElasticityEstimator(8, 3);

    /** units = a · p^beta · lognormal noise, prices spread around base; weeks weeks. */
    private static List<WeeklyPoint> series(Random random, double beta, double base, int weeks, double noise) {
        double a = 50 + random.nextInt(500);
        List<WeeklyPoint> out = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            double price = Math.round(base * (0.7 + 0.6 * random.nextDouble()) * 100) / 100.0;
            double units = a * Math.pow(price, beta) * Math.exp(noise * random.nextGaussian());
            out.add(new WeeklyPoint(price, units));
        }
        return out;
    }

    private static Elasticity found(ElasticityEstimator.Result result) {
        assertThat(result).isInstanceOf(ElasticityEstimator.Result.Found.class);
        return ((ElasticityEstimator.Result.Found) result).elasticity();
    }

    @Test
    void aKnownElasticityOfMinus1Point8IsRecoveredAndCoveredByTheInterval() {
        Random random = new Random(42);
        Map<String, List<WeeklyPoint>> weekly = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            weekly.put("S" + i, series(random, -1.8, 1 + random.nextInt(20), 52, 0.2));
        }

        Elasticity e = found(estimator.estimate("S3", weekly, Map.of()));

        assertThat(e.low()).isLessThan(-1.8);
        assertThat(e.high()).isGreaterThan(-1.8);
        assertThat(e.elasticity()).isCloseTo(-1.8, within(0.15));
        assertThat(e.observations()).isEqualTo(52);
        assertThat(e.priorScope()).isEqualTo("all-skus");
        assertThat(e.priorElasticity()).isCloseTo(-1.8, within(0.05));
        assertThat(e.shrinkageWeight()).isBetween(0.0, 1.0);
    }

    @Test
    void distinctElasticitiesWithPlentyOfDataKeepTheirOwnEstimate() {
        Random random = new Random(7);
        Map<String, List<WeeklyPoint>> weekly = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            weekly.put("E" + i, series(random, i % 2 == 0 ? -0.8 : -2.6, 5, 104, 0.1));
        }

        Elasticity inelastic = found(estimator.estimate("E0", weekly, Map.of()));
        Elasticity elastic = found(estimator.estimate("E1", weekly, Map.of()));

        assertThat(inelastic.shrinkageWeight()).isGreaterThan(0.9);
        assertThat(inelastic.low()).isLessThan(-0.8);
        assertThat(inelastic.high()).isGreaterThan(-0.8);
        assertThat(elastic.low()).isLessThan(-2.6);
        assertThat(elastic.high()).isGreaterThan(-2.6);
    }

    @Test
    void aSkuWithTooLittlePriceVariationGetsTheCategoryPriorWithWeightZero() {
        Random random = new Random(1);
        Map<String, List<WeeklyPoint>> weekly = new HashMap<>();
        Map<String, String> categories = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            weekly.put("C" + i, series(random, i < 3 ? -1.2 : -3.0, 4, 60, 0.15));
            categories.put("C" + i, i < 3 ? "candles" : "lanterns");
        }
        List<WeeklyPoint> flat = new ArrayList<>();
        for (int w = 0; w < 30; w++) {
            flat.add(new WeeklyPoint(2.50, 10 + w % 3));
        }
        weekly.put("FLAT", flat);
        categories.put("FLAT", "lanterns");

        Elasticity e = found(estimator.estimate("FLAT", weekly, categories));

        assertThat(e.shrinkageWeight()).isZero();
        assertThat(e.priorScope()).isEqualTo("category:lanterns");
        assertThat(e.priorElasticity()).isCloseTo(-3.0, within(0.1));
        assertThat(e.elasticity()).isEqualTo(e.priorElasticity());
        assertThat(e.note()).contains("too little price variation").contains("1 distinct price");
        assertThat(e.observations()).isEqualTo(30);
        assertThat(e.high() - e.low()).isGreaterThan(0);
    }

    @Test
    void aCatalogueSkuWithoutHistoryGetsThePriorAndNotEnoughHistoryAnywhereIsInsufficient() {
        Random random = new Random(3);
        Map<String, List<WeeklyPoint>> weekly = new HashMap<>();
        weekly.put("ONLY", series(random, -1.5, 3, 40, 0.1));
        weekly.put("SHORT", series(random, -1.5, 3, 5, 0.1));

        ElasticityEstimator.Result one = estimator.estimate("ONLY", weekly, Map.of());
        assertThat(one).isInstanceOfSatisfying(ElasticityEstimator.Result.Insufficient.class,
                i -> assertThat(i.reason()).startsWith("only 1 SKU(s) have at least 8 weeks"));

        weekly.put("TWO", series(random, -1.5, 3, 40, 0.1));
        Elasticity none = found(estimator.estimate("NEW", weekly, Map.of("NEW", "x")));
        assertThat(none.observations()).isZero();
        assertThat(none.shrinkageWeight()).isZero();
        assertThat(none.low()).isLessThan(-1.5);
        assertThat(none.high()).isGreaterThan(-1.5);
    }

    @Test
    void theSkuFitIsExactOnNoiselessData() {
        List<WeeklyPoint> points = List.of(new WeeklyPoint(1, 100), new WeeklyPoint(2, 100 * Math.pow(2, -1.8)),
                new WeeklyPoint(4, 100 * Math.pow(4, -1.8)));

        SkuFit fit = SkuFit.of("X", points);

        assertThat(fit.beta()).isCloseTo(-1.8, within(1e-9));
        assertThat(fit.standardError()).isCloseTo(0, within(1e-6));
        assertThat(fit.distinctPrices()).isEqualTo(3);
    }
}

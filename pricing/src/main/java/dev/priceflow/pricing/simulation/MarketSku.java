package dev.priceflow.pricing.simulation;

import java.util.SplittableRandom;

/**
 * One simulated product: cost, list price, floor and ceiling, and its shoppers — segments with known,
 * different constant elasticities and base demands. True expected demand a day at price p is
 * {@code sum_s base_s * (p / list)^e_s}; a day's demand is Poisson around it times a log-normal day shock.
 */
record MarketSku(int id, double cost, double list, double floor, double ceiling, double[] segmentBase,
                 double[] segmentElasticity, double restock) {

    static MarketSku random(int id, SplittableRandom random) {
        double cost = 1 + random.nextDouble() * 9;
        double list = cost * (1.6 + random.nextDouble() * 0.8);
        double centre = -1.6 - random.nextDouble() * 2.0;
        double[] elasticity = {centre - 0.8, centre, centre + 0.5};
        for (int s = 0; s < elasticity.length; s++) {
            elasticity[s] = Math.min(-1.1, elasticity[s]);
        }
        double volume = 15 + random.nextDouble() * 45;
        double[] base = {volume * 0.3, volume * 0.5, volume * 0.2};
        MarketSku draft = new MarketSku(id, cost, list, cost * 1.1, list * 1.5, base, elasticity, 0);
        double weekly = 7 * draft.expectedDemand(draft.bestUnconstrainedPrice());
        return new MarketSku(id, cost, list, cost * 1.1, list * 1.5, base, elasticity,
                Math.round(weekly * (0.7 + random.nextDouble() * 0.8)));
    }

    double expectedDemand(double price) {
        double total = 0;
        for (int s = 0; s < segmentBase.length; s++) {
            total += segmentBase[s] * Math.pow(price / list, segmentElasticity[s]);
        }
        return total;
    }

    double bestUnconstrainedPrice() {
        return dev.priceflow.pricing.optimize.domain.GoldenSection.maximize(
                p -> (p - cost) * expectedDemand(p), floor, ceiling, 1e-6);
    }

    int demand(double price, SplittableRandom random, double shockSigma) {
        double shock = Math.exp(shockSigma * gaussian(random) - shockSigma * shockSigma / 2);
        return poisson(expectedDemand(price) * shock, random);
    }

    static double gaussian(SplittableRandom random) {
        double u = Math.max(1e-12, random.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    static int poisson(double mean, SplittableRandom random) {
        if (mean > 50) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(random)));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }
}

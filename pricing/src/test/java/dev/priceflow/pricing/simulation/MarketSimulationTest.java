package dev.priceflow.pricing.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.pricing.optimize.domain.StockRule;
import org.junit.jupiter.api.Test;

class MarketSimulationTest {

    static MarketSimulation.Result engine(MarketSimulation market) {
        return market.run(new EngineStrategy(StockRule.defaults(), -2.0, 1.0, 14, 0.02));
    }

    @Test
    void theLearningEngineStaysAboveTheFloorBeatsTheListPriceAndIsReproducible() {
        MarketSimulation market = new MarketSimulation(11, 12, 90, 7, 0.15);
        MarketSimulation.Result engine = engine(market);
        MarketSimulation.Result list = market.run(PricingStrategy.staticList());
        MarketSimulation.Result oracle = market.run(new PricingStrategy.Oracle());

        assertThat(engine.belowFloor()).isZero();
        assertThat(engine.profit()).isGreaterThan(list.profit());
        assertThat(engine.profit()).isLessThanOrEqualTo(oracle.profit() * 1.02);
        assertThat(engine(new MarketSimulation(11, 12, 90, 7, 0.15))).isEqualTo(engine);
    }

    @Test
    void theOracleKnowsBestOnAverage() {
        MarketSimulation market = new MarketSimulation(5, 12, 60, 7, 0.15);
        MarketSimulation.Result oracle = market.run(new PricingStrategy.Oracle());
        assertThat(oracle.profit()).isGreaterThan(market.run(PricingStrategy.staticList()).profit())
                .isGreaterThan(market.run(PricingStrategy.costPlus(0.4)).profit());
    }
}

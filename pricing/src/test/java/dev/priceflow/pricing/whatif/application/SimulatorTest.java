package dev.priceflow.pricing.whatif.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.domain.PriceCalculator;
import dev.priceflow.pricing.domain.PricePolicy;
import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.domain.Promotion;
import dev.priceflow.pricing.experiment.domain.FieldError;
import dev.priceflow.pricing.optimize.application.BaseStep;
import dev.priceflow.pricing.optimize.application.OptimizeSettings;
import dev.priceflow.pricing.optimize.application.OptimizerPorts;
import dev.priceflow.pricing.optimize.domain.StockRule;
import dev.priceflow.pricing.whatif.domain.DemandSource;
import dev.priceflow.pricing.whatif.domain.SimulationInput;
import dev.priceflow.pricing.whatif.domain.SimulationResult;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class SimulatorTest {

    private static final Product MUG = new Product(new Sku("SIM-1"), "Mug", "kitchen", Currency.getInstance("GBP"),
            new BigDecimal("10.00"), new BigDecimal("4.00"), 100);
    private static final OptimizeSettings OPTIMIZER = new OptimizeSettings(true, -2.0, Map.of(), -4.0, -1.2, 1.0, 25,
            new StockRule(60, 7, 20), new BigDecimal("0.05"), new BigDecimal("0.01"), Duration.ofSeconds(1),
            Duration.ofMillis(200));
    private static final SimulationInput.PromotionProposal TWENTY_OFF =
            new SimulationInput.PromotionProposal("PERCENT_OFF", BigDecimal.valueOf(20), "SIM-1", null);

    /** Fake demand-forecast: 100 / price units a day (10 at 10.00, 12.5 at 8.00). */
    private static final WhatIfForecasts INVERSE = (sku, price, bearer) ->
            Mono.just(100 / price.doubleValue());

    private static Simulator simulator(WhatIfForecasts forecasts, List<Product> catalogue) {
        SimulationData data = new SimulationData() {
            @Override
            public Flux<Product> products(String sku, String category, int limit) {
                return Flux.fromIterable(catalogue).filter(p -> sku == null ? p.category().equals(category)
                        : p.sku().value().equals(sku)).take(limit);
            }

            @Override
            public Mono<Promotion> promotion(UUID id) {
                return Mono.empty();
            }

            @Override
            public Flux<Promotion> overlapping(Collection<String> skus, Collection<String> categories, Instant from,
                                               Instant to) {
                return Flux.empty();
            }
        };
        OptimizerPorts.DemandForecasts published = sku -> Mono.empty();
        OptimizerPorts.Elasticities elasticities = sku -> Mono.empty();
        return new Simulator(data, proposed -> BaseStep.none(), new PriceCalculator(new PricePolicy(
                new BigDecimal("0.05"), new BigDecimal("0.01"))),
                new SkuDemandPorts(forecasts, published, elasticities, OPTIMIZER),
                new SimulationSettings(2, 4, Duration.ofSeconds(1), Duration.ofSeconds(5), 4, Duration.ofSeconds(1)),
                Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));
    }

    private static SimulationResult run(Simulator s, SimulationInput in) {
        SimulationOutcome outcome = s.simulate(in, "token").block();
        assertThat(outcome).isInstanceOf(SimulationOutcome.Done.class);
        return ((SimulationOutcome.Done) outcome).result();
    }

    @Test
    void forecastUnitsGiveRevenueAndMarginPerDayAndInTotal() {
        SimulationResult r = run(simulator(INVERSE, List.of(MUG)),
                new SimulationInput("2026-12-01", "2026-12-02", "web", TWENTY_OFF, null, null));
        assertThat(r.source()).isEqualTo(DemandSource.FORECAST);
        assertThat(r.current()).isEqualTo(new SimulationResult.Figures(new BigDecimal("20.0"),
                new BigDecimal("200.00"), new BigDecimal("120.00")));
        assertThat(r.proposed()).isEqualTo(new SimulationResult.Figures(new BigDecimal("25.0"),
                new BigDecimal("200.00"), new BigDecimal("100.00")));
        assertThat(r.change().units()).isEqualByComparingTo("5.0");
        assertThat(r.change().margin()).isEqualByComparingTo("-20.00");
        assertThat(r.change().revenuePercent()).isEqualByComparingTo("0.0");
        assertThat(r.change().marginPercent()).isEqualByComparingTo("-16.7");
        assertThat(r.days()).hasSize(2);
        assertThat(r.days().getFirst().proposed().margin()).isEqualByComparingTo("50.00");
    }

    @Test
    void aFailingForecastFallsBackToTheDefaultElasticityPerSkuAndSaysSo() {
        SimulationResult r = run(simulator((sku, price, bearer) -> Mono.error(new IllegalStateException("down")),
                List.of(MUG)), new SimulationInput("2026-12-01", "2026-12-02", null, TWENTY_OFF, null, null));
        assertThat(r.source()).isEqualTo(DemandSource.DEFAULT_ELASTICITY);
        // 1 unit a day at 10.00; (8/10)^-2 = 1.5625 a day at 8.00
        assertThat(r.current().revenue()).isEqualByComparingTo("20.00");
        assertThat(r.proposed().units()).isEqualByComparingTo("3.1");
        assertThat(r.proposed().revenue()).isEqualByComparingTo("25.00");
        assertThat(r.proposed().margin()).isEqualByComparingTo("12.50");
        assertThat(r.notes()).anyMatch(n -> n.contains("SIM-1") && n.contains("default elasticity -2.00"));
    }

    @Test
    void theProposalStillObeysTheMarginFloor() {
        SimulationInput ninetyOff = new SimulationInput("2026-12-01", "2026-12-01", null,
                new SimulationInput.PromotionProposal("PERCENT_OFF", BigDecimal.valueOf(90), "SIM-1", null), null, null);
        SimulationOutcome.Done done = (SimulationOutcome.Done) simulator(INVERSE, List.of(MUG))
                .simulate(ninetyOff, "t").block();
        assertThat(done.skus().getFirst().days().getFirst().proposedPrice()).isEqualByComparingTo("4.20");
    }

    @Test
    void unknownSkusAndTooManySkusAreNamedFields() {
        Simulator s = simulator(INVERSE, List.of(MUG, MUG.withListPrice(BigDecimal.TEN), MUG));
        SimulationOutcome unknown = s.simulate(new SimulationInput("2026-12-01", "2026-12-02", null,
                new SimulationInput.PromotionProposal("PERCENT_OFF", BigDecimal.TEN, "NOPE", null), null, null), "t")
                .block();
        assertThat(((SimulationOutcome.Invalid) unknown).errors()).extracting(FieldError::field)
                .containsExactly("promotion.sku");
        SimulationOutcome many = s.simulate(new SimulationInput("2026-12-01", "2026-12-02", null,
                new SimulationInput.PromotionProposal("PERCENT_OFF", BigDecimal.TEN, null, "kitchen"), null, null),
                "t").block();
        assertThat(((SimulationOutcome.Invalid) many).errors()).extracting(FieldError::field)
                .containsExactly("promotion.category");
    }
}

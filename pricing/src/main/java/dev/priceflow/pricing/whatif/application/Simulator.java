package dev.priceflow.pricing.whatif.application;

import dev.priceflow.pricing.application.DependencyUnavailable;
import dev.priceflow.pricing.domain.PersonalAdjustment;
import dev.priceflow.pricing.domain.PriceCalculator;
import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.domain.Promotion;
import dev.priceflow.pricing.optimize.application.BaseDecision;
import dev.priceflow.pricing.optimize.application.BaseStep;
import dev.priceflow.pricing.whatif.domain.Proposal;
import dev.priceflow.pricing.whatif.domain.SimulationInput;
import dev.priceflow.pricing.whatif.domain.SimulationResult;
import dev.priceflow.pricing.whatif.domain.SimulationRules;
import dev.priceflow.pricing.whatif.domain.SkuDay;
import dev.priceflow.pricing.whatif.domain.SkuSimulation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What-if simulation of a promotion or a category policy: for each affected SKU and day, the price the engine
 * would quote (standard, non-personal price at 12:00 UTC: optimized base, best promotion, final clamp) now and
 * under the proposal, the expected units at each ({@link SkuDemand}), revenue and margin. Nothing is written.
 * Failure policy: catalogue and promotions (PostgreSQL) fail closed (503); forecasts fail open per SKU.
 */
public final class Simulator {

    private static final PersonalAdjustment STANDARD = PersonalAdjustment.none("simulation: standard price");

    private final SimulationData data;
    private final BaseSteps baseSteps;
    private final PriceCalculator calculator;
    private final SkuDemand demand;
    private final SimulationSettings settings;
    private final Clock clock;

    public Simulator(SimulationData data, BaseSteps baseSteps, PriceCalculator calculator, SkuDemandPorts ports,
                     SimulationSettings settings, Clock clock) {
        this.data = data;
        this.baseSteps = baseSteps;
        this.calculator = calculator;
        this.demand = new SkuDemand(ports.forecasts(), ports.published(), ports.elasticities(), ports.optimizer(),
                settings, clock);
        this.settings = settings;
        this.clock = clock;
    }

    public Mono<SimulationOutcome> simulate(SimulationInput input, String bearer) {
        SimulationRules.Checked c = SimulationRules.check(input);
        if (!c.errors().isEmpty()) {
            return Mono.just(new SimulationOutcome.Invalid(c.errors()));
        }
        Instant start = c.from().atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = c.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return Scope.resolve(c.proposal(), data, start, end, settings.maxSkus()).timeout(settings.database())
                .onErrorMap(e -> new DependencyUnavailable("catalogue", e))
                .flatMap(scope -> scope.invalid() != null ? Mono.just(scope.invalid())
                        : run(c, scope, start, end, bearer));
    }

    private Mono<SimulationOutcome> run(SimulationRules.Checked c, Scope scope, Instant start, Instant end,
                                        String bearer) {
        List<String> skus = scope.products().stream().map(p -> p.sku().value()).toList();
        List<String> categories = scope.products().stream().map(Product::category).distinct().toList();
        Instant now = clock.instant();
        Instant deadline = now.plus(settings.forecastBudget());
        BaseStep current = baseSteps.readOnly(null);
        BaseStep proposed = c.proposal() instanceof Proposal.NewPolicy p ? baseSteps.readOnly(p.policy()) : current;
        return data.overlapping(skus, categories, start, end).collectList().timeout(settings.database())
                .onErrorMap(e -> new DependencyUnavailable("promotions", e))
                .flatMap(stored -> Flux.fromIterable(scope.products())
                        .flatMap(product -> sku(product, c, scope, stored, current, proposed, now, bearer, deadline),
                                settings.concurrency())
                        .sort(Comparator.comparing(SkuSimulation::sku)).collectList()
                        .map(sims -> new SimulationOutcome.Done(SimulationResult.of(c.from(), c.to(),
                                scope.products().getFirst().currency(), sims, notes(c, scope, sims)), sims)));
    }

    private Mono<SkuSimulation> sku(Product product, SimulationRules.Checked c, Scope scope, List<Promotion> stored,
                                    BaseStep current, BaseStep proposed, Instant now, String bearer,
                                    Instant deadline) {
        List<Promotion> before = stored.stream().filter(p -> scope.simulated() == null
                || !p.id().equals(scope.simulated().id())).toList();
        List<Promotion> after = new ArrayList<>(before);
        if (scope.simulated() != null) {
            after.add(scope.simulated());
        }
        return Mono.zip(current.decide(product, c.channel(), now),
                        proposed == current ? current.decide(product, c.channel(), now)
                                : proposed.decide(product, c.channel(), now))
                .flatMap(d -> {
                    List<BigDecimal[]> prices = new ArrayList<>();
                    for (LocalDate day = c.from(); !day.isAfter(c.to()); day = day.plusDays(1)) {
                        Instant noon = day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
                        prices.add(new BigDecimal[] {price(d.getT1(), before, noon), price(d.getT2(), after, noon)});
                    }
                    List<BigDecimal> all = prices.stream().flatMap(p -> java.util.stream.Stream.of(p)).toList();
                    return demand.units(product, all, prices.getFirst()[0], bearer, deadline).map(units -> {
                        List<SkuDay> days = new ArrayList<>();
                        for (int i = 0; i < prices.size(); i++) {
                            BigDecimal[] p = prices.get(i);
                            days.add(new SkuDay(c.from().plusDays(i), p[0], p[1], units.perDay().apply(p[0]),
                                    units.perDay().apply(p[1])));
                        }
                        return new SkuSimulation(product.sku().value(), product.unitCost(), units.source(),
                                units.note(), days);
                    });
                });
    }

    private BigDecimal price(BaseDecision decision, List<Promotion> promotions, Instant at) {
        return calculator.price(decision.product(), promotions, at, STANDARD, decision.base()).price();
    }

    private static List<String> notes(SimulationRules.Checked c, Scope scope, List<SkuSimulation> sims) {
        List<String> notes = new ArrayList<>();
        notes.add("Prices are the engine's standard (non-personal) quotes at 12:00 UTC each day on channel "
                + c.channel() + ": today's optimized base, the best promotion, floor/margin floor/ceiling. Personal "
                + "discounts and price experiments are left out.");
        notes.addAll(scope.notes());
        sims.stream().filter(s -> s.source() != dev.priceflow.pricing.whatif.domain.DemandSource.FORECAST)
                .map(SkuSimulation::note).forEach(notes::add);
        return notes;
    }
}

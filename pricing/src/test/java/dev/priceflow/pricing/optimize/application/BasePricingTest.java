package dev.priceflow.pricing.optimize.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.optimize.domain.StockRule;
import dev.priceflow.pricing.policy.application.FakePolicyStore;
import dev.priceflow.pricing.policy.domain.PolicyInput;
import dev.priceflow.pricing.policy.domain.PolicyRules;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class BasePricingTest {

    static final Instant NOW = Instant.parse("2026-06-02T10:00:00Z");
    static final Product MUG = new Product(new Sku("MUG-1"), "Mug", "home", Currency.getInstance("GBP"),
            new BigDecimal("20.00"), new BigDecimal("8.00"), 30);

    final FakePolicyStore policies = new FakePolicyStore();
    final Map<String, BigDecimal> recorded = new ConcurrentHashMap<>();
    Mono<OptimizerPorts.SkuData> skuData = Mono.just(new OptimizerPorts.SkuData(null, null, null,
            new BigDecimal("22.00")));
    Mono<BigDecimal> yesterday = Mono.just(new BigDecimal("17.00"));

    BasePricing pricing() {
        OptimizerPorts.BaseHistory history = new OptimizerPorts.BaseHistory() {
            @Override
            public Mono<BigDecimal> before(String sku, String channel, LocalDate day) {
                return yesterday;
            }

            @Override
            public Mono<Void> record(String sku, String channel, LocalDate day, BigDecimal base) {
                recorded.put(sku + "/" + channel + "/" + day, base);
                return Mono.empty();
            }
        };
        OptimizeSettings settings = new OptimizeSettings(true, -2.0, Map.of(), -4.0, -1.2, 1.0, 25,
                StockRule.defaults(), new BigDecimal("0.05"), new BigDecimal("0.01"), Duration.ofMillis(200),
                Duration.ofMillis(50));
        return new BasePricing((sku, channel) -> skuData, policies, sku -> Mono.empty(),
                sku -> Mono.just(2.0), (sku, currency) -> Mono.empty(), history, settings);
    }

    void policy(boolean webOptimized) {
        policies.policies.put("home", PolicyRules.check("home", new PolicyInput("PROFIT", null, "10", "none", true,
                "5", null, Map.of("web", new PolicyInput.ChannelInput(webOptimized, true)))).policy());
    }

    @Test
    void withAPolicyTheBaseIsOptimizedFromYesterdaysBaseAndRecordedForToday() {
        policy(true);
        BaseDecision decision = pricing().decide(MUG, "web", NOW).block();
        assertThat(decision.product().listPrice()).isEqualByComparingTo("22.00");
        // optimum 8 * 2 = 16.00; cover 30 / (2 * (16/17)^-2) = 13 days: no stock change; 17.00 - 10 % = 15.30..18.70
        assertThat(decision.base().price()).isEqualByComparingTo("16.00");
        assertThat(recorded).containsEntry("MUG-1/web/2026-06-02", new BigDecimal("16.00"));
    }

    @Test
    void noPolicyOrAChannelSwitchedOffKeepsTheChannelListPriceAsTheBase() {
        BaseDecision none = pricing().decide(MUG, "web", NOW).block();
        assertThat(none.base()).isNull();
        assertThat(none.product().listPrice()).isEqualByComparingTo("22.00");
        policy(false);
        assertThat(pricing().decide(MUG, "web", NOW).block().base()).isNull();
        assertThat(pricing().decide(MUG, "pos", NOW).block().base()).as("unknown channel").isNull();
        assertThat(recorded).isEmpty();
    }

    @Test
    void failingInputsFailOpenToDefaultsAndTheListPrice() {
        policy(true);
        skuData = Mono.error(new IllegalStateException("database down"));
        yesterday = Mono.never();
        BaseDecision decision = pricing().decide(MUG, "web", NOW).block(Duration.ofSeconds(5));
        assertThat(decision.product().listPrice()).isEqualByComparingTo("20.00");
        assertThat(decision.base().price()).isEqualByComparingTo("18.00"); // 10 % below the list price 20.00
    }
}

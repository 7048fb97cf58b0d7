package dev.priceflow.pricing.optimize.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.pricing.application.CacheSettings;
import dev.priceflow.pricing.optimize.domain.StockRule;
import dev.priceflow.pricing.policy.domain.PolicyInput;
import dev.priceflow.pricing.policy.domain.PolicyRules;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The base step with its reads cached: per version for policy and SKU data, by time for signals. */
class CachedBasePricingTest {

    private final BasePricingTest fixture = new BasePricingTest();
    private final AtomicInteger skuReads = new AtomicInteger();
    private final AtomicInteger forecastReads = new AtomicInteger();
    private final AtomicInteger writes = new AtomicInteger();

    private BasePricing pricing() {
        OptimizerPorts.BaseHistory history = new OptimizerPorts.BaseHistory() {
            @Override
            public Mono<BigDecimal> before(String sku, String channel, LocalDate day) {
                return Mono.just(new BigDecimal("17.00"));
            }

            @Override
            public Mono<Void> record(String sku, String channel, LocalDate day, BigDecimal base) {
                return Mono.fromRunnable(writes::incrementAndGet);
            }
        };
        OptimizeSettings settings = new OptimizeSettings(true, -2.0, Map.of(), -4.0, -1.2, 1.0, 25,
                StockRule.defaults(), new BigDecimal("0.05"), new BigDecimal("0.01"), Duration.ofMillis(200),
                Duration.ofMillis(50));
        return new BasePricing((sku, channel) -> {
            skuReads.incrementAndGet();
            return Mono.just(new OptimizerPorts.SkuData(null, null, null, new BigDecimal("22.00")));
        }, fixture.policies, sku -> Mono.empty(), sku -> {
            forecastReads.incrementAndGet();
            return Mono.just(2.0);
        }, (sku, currency) -> Mono.empty(), history, settings,
                new CacheSettings(Duration.ofMinutes(1), Duration.ofMinutes(1), 100),
                Clock.fixed(BasePricingTest.NOW, ZoneOffset.UTC));
    }

    private void policy(String maxDailyChange) {
        fixture.policies.policies.put("home", PolicyRules.check("home", new PolicyInput("PROFIT", null,
                maxDailyChange, "none", true, "5", null, Map.of("web", new PolicyInput.ChannelInput(true, true))))
                .policy());
    }

    @Test
    void atOneVersionThePolicyAndSkuDataAreReadOnceAndTheSameBaseIsWrittenOnce() {
        policy("10");
        BasePricing pricing = pricing();

        BaseDecision first = pricing.decide(BasePricingTest.MUG, "web", BasePricingTest.NOW, "7").block();
        BaseDecision second = pricing.decide(BasePricingTest.MUG, "web", BasePricingTest.NOW, "7").block();

        assertThat(second.base().price()).isEqualByComparingTo(first.base().price()).isEqualByComparingTo("16.00");
        assertThat(skuReads).hasValue(1);
        assertThat(forecastReads).hasValue(1);
        assertThat(writes).hasValue(1);
    }

    @Test
    void aPolicyChangeWithAVersionBumpIsAppliedAtOnce() {
        policy("10");
        BasePricing pricing = pricing();
        assertThat(pricing.decide(BasePricingTest.MUG, "web", BasePricingTest.NOW, "7").block().base().price())
                .isEqualByComparingTo("16.00");

        policy("5"); // 17.00 - 5 % = 16.15 at least
        assertThat(pricing.decide(BasePricingTest.MUG, "web", BasePricingTest.NOW, "7").block().base().price())
                .as("same version: the cached policy").isEqualByComparingTo("16.00");
        assertThat(pricing.decide(BasePricingTest.MUG, "web", BasePricingTest.NOW, "8").block().base().price())
                .isEqualByComparingTo("16.15");
        assertThat(skuReads).hasValue(2);
    }

    @Test
    void aRehearsalRecordsNoBase() {
        policy("10");
        BasePricing pricing = pricing();

        pricing.rehearse(BasePricingTest.MUG, "web", BasePricingTest.NOW, "7").block();

        assertThat(writes).hasValue(0);
    }
}

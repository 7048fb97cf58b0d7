package dev.priceflow.pricing.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.Sku;
import dev.priceflow.infra.test.ManualClock;
import dev.priceflow.pricing.domain.Fixtures;
import dev.priceflow.pricing.domain.Personalization;
import dev.priceflow.pricing.domain.PriceCalculator;
import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.domain.Promotion;
import dev.priceflow.pricing.domain.Quote;
import dev.priceflow.pricing.optimize.application.BaseStep;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** Quotes with the per-version caches on: fewer reads, the same money, never data of an older version. */
class CachedQuoteServiceTest {

    private static final String ALICE = QuoteServiceTest.ALICE;

    private final FakePorts ports = new FakePorts().with(Fixtures.product("20.00", "10.00"));
    private final ManualClock clock = new ManualClock(Fixtures.NOW);
    private final QuoteService service = service(Duration.ofMinutes(10));

    private QuoteService service(Duration maxAge) {
        clock.set(Fixtures.NOW);
        QuoteSettings settings = new QuoteSettings(Duration.ofMinutes(5), Duration.ofMillis(300),
                Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(100));
        return new QuoteService(ports, ports, ports, ports, ports, ports,
                new Personalization(Fixtures.PERSONALIZATION), new PriceCalculator(Fixtures.POLICY),
                QuoteServiceTest.tokens(), settings, clock, () -> Fixtures.uuid(42), new SimpleMeterRegistry(),
                BaseStep.none(), new CacheSettings(maxAge, maxAge, 100));
    }

    private Quote quote() {
        QuoteOutcome outcome = service.quote(new QuoteRequest(ALICE, "SKU-1", "web")).block(Duration.ofSeconds(5));
        assertThat(outcome).isInstanceOf(QuoteOutcome.Issued.class);
        return ((QuoteOutcome.Issued) outcome).quote();
    }

    private int calls(String port) {
        return Collections.frequency(ports.calls, port);
    }

    @Test
    void aSecondQuoteAtTheSameVersionReadsNeitherCatalogueNorPromotionsButIsStillAudited() {
        ports.promotions.add(Fixtures.percentOff("10", 1));

        Quote first = quote();
        Quote second = quote();

        assertThat(second.price()).isEqualTo(first.price()).isEqualTo(new BigDecimal("18.00"));
        assertThat(calls("catalogue")).isEqualTo(1);
        assertThat(calls("promotions")).isEqualTo(1);
        assertThat(calls("version")).isEqualTo(2);
        assertThat(ports.recorded).hasSize(2);
    }

    @Test
    void aBumpedVersionReadsTheNewListPriceAndPromotion() {
        quote();
        ports.products.put(new Sku("SKU-1"), Fixtures.product("30.00", "10.00"));
        ports.promotions.add(Fixtures.percentOff("10", 1));
        assertThat(quote().price()).as("same version: the cached row").isEqualTo(new BigDecimal("20.00"));

        ports.version = Mono.just("8");
        Quote after = quote();

        assertThat(after.price()).isEqualTo(new BigDecimal("27.00"));
        assertThat(after.pricingVersion()).isEqualTo("8");
    }

    @Test
    void aScheduledPromotionAppliesFromItsStartWithoutAVersionBump() {
        Product product = Fixtures.product("20.00", "10.00");
        Promotion later = new Promotion(Fixtures.uuid(9), "from noon", Promotion.Kind.PERCENT_OFF,
                new BigDecimal("25"), new Promotion.ForSku(product.sku()), Fixtures.NOW.plusSeconds(60),
                Fixtures.NOW.plusSeconds(120), true);
        ports.promotions.add(later);

        assertThat(quote().price()).isEqualTo(new BigDecimal("20.00"));
        clock.set(Fixtures.NOW.plusSeconds(61));
        assertThat(quote().price()).isEqualTo(new BigDecimal("15.00"));
        clock.set(Fixtures.NOW.plusSeconds(120));
        assertThat(quote().price()).as("ended").isEqualTo(new BigDecimal("20.00"));

        assertThat(calls("promotions")).isEqualTo(1);
    }

    @Test
    void whenTheVersionIsUnknownNothingIsCached() {
        ports.version = Mono.error(new IllegalStateException("redis down"));

        quote();
        quote();

        assertThat(calls("catalogue")).isEqualTo(2);
        assertThat(calls("promotions")).isEqualTo(2);
    }
}

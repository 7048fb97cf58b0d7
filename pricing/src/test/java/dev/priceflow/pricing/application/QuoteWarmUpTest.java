package dev.priceflow.pricing.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.domain.Fixtures;
import dev.priceflow.pricing.domain.Personalization;
import dev.priceflow.pricing.domain.PriceCalculator;
import dev.priceflow.pricing.experiment.application.ExperimentStep;
import dev.priceflow.pricing.optimize.application.BaseStep;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class QuoteWarmUpTest {

    private final FakePorts ports = new FakePorts();
    private final AtomicInteger experimentCalls = new AtomicInteger();
    private final QuoteService service = service();

    private QuoteService service() {
        ports.with(Fixtures.product("20.00", "10.00"));
        ports.promotions.add(Fixtures.percentOff("10", 1));
        QuoteService quotes = new QuoteService(ports, ports, ports, ports, ports, ports,
                new Personalization(Fixtures.PERSONALIZATION), new PriceCalculator(Fixtures.POLICY),
                QuoteServiceTest.tokens(), new QuoteSettings(Duration.ofMinutes(5), Duration.ofMillis(300),
                Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(100)),
                Clock.fixed(Fixtures.NOW, ZoneOffset.UTC), () -> Fixtures.uuid(42), new SimpleMeterRegistry(),
                BaseStep.none(), new CacheSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), 100));
        quotes.useExperiments((userId, product, now) -> {
            experimentCalls.incrementAndGet();
            return ExperimentStep.none().decide(userId, product, now);
        });
        return quotes;
    }

    private QuoteWarmUp warmUp(int quotes, Duration timeout) {
        return new QuoteWarmUp(service, ports, new QuoteWarmUp.Settings(quotes, 10, 2, "web", timeout));
    }

    @Test
    void rehearsalsPriceLikeAQuoteButRecordAnnounceAndExposeNothing() {
        assertThat(service.rehearse(QuoteWarmUp.USER, new Sku("SKU-1"), "web").block().price())
                .isEqualTo(new BigDecimal("18.00"));

        assertThat(warmUp(50, Duration.ofSeconds(5)).run().block()).isEqualTo(50L);

        assertThat(ports.recorded).isEmpty();
        assertThat(ports.published).isEmpty();
        assertThat(ports.calls).doesNotContain("audit", "event");
        assertThat(experimentCalls).hasValue(0);
    }

    @Test
    void theCachesAreFilledSoTheFirstRealQuoteReadsNoCatalogue() {
        warmUp(20, Duration.ofSeconds(5)).run().block();
        ports.calls.clear();

        service.quote(new QuoteRequest(QuoteServiceTest.ALICE, "SKU-1", "web")).block();

        assertThat(ports.calls).doesNotContain("catalogue", "promotions").contains("audit");
    }

    @Test
    void aHangingDependencyEndsTheWarmUpAtItsTimeoutWithoutAnError() {
        ports.version = Mono.never(); // Redis: every rehearsal waits for the version timeout, then goes on
        ports.catalogueFailure = new IllegalStateException("database down");

        assertThat(warmUp(1_000, Duration.ofMillis(500)).run().block(Duration.ofSeconds(5))).isEqualTo(-1L);
    }

    @Test
    void anEmptyCatalogueOrZeroQuotesIsNothingToDo() {
        ports.products.clear();

        assertThat(warmUp(10, Duration.ofSeconds(1)).run().block()).isZero();
        assertThat(warmUp(0, Duration.ofSeconds(1)).run().block()).isZero();
        assertThat(List.copyOf(ports.calls)).doesNotContain("version");
    }
}

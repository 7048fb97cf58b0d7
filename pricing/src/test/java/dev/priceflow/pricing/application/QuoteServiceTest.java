package dev.priceflow.pricing.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.pricing.adapter.jose.JwsQuoteTokens;
import dev.priceflow.pricing.adapter.jose.QuoteKeys;
import dev.priceflow.pricing.application.QuoteOutcome.Issued;
import dev.priceflow.pricing.application.QuoteOutcome.Reason;
import dev.priceflow.pricing.application.QuoteOutcome.Rejected;
import dev.priceflow.pricing.domain.Fixtures;
import dev.priceflow.pricing.domain.Personalization;
import dev.priceflow.pricing.domain.PriceCalculator;
import dev.priceflow.pricing.domain.PriceStep;
import dev.priceflow.pricing.domain.PriceStep.Rule;
import dev.priceflow.pricing.domain.Quote;
import dev.priceflow.pricing.domain.QuoteClaims;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class QuoteServiceTest {

    static final String KEY = "test-only-signing-key-0123456789abcdef";
    static final String ALICE = "6f1c2a8e-0000-4000-8000-00000000a11c";
    static final String BOB = "6f1c2a8e-0000-4000-8000-000000000b0b";
    static final Instant CLOCK_AT = Fixtures.NOW.plusNanos(123_456_789);

    private final FakePorts ports = new FakePorts().with(Fixtures.product("20.00", "10.00"));
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final JwsQuoteTokens signer = tokens();
    private final QuoteService service = service(ports, meters);

    static QuoteService service(FakePorts ports, SimpleMeterRegistry meters) {
        QuoteSettings settings = new QuoteSettings(Duration.ofMinutes(5), Duration.ofMillis(300),
                Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(100));
        return new QuoteService(ports, ports, ports, ports, ports, ports,
                new Personalization(Fixtures.PERSONALIZATION), new PriceCalculator(Fixtures.POLICY),
                tokens(), settings, Clock.fixed(CLOCK_AT, ZoneOffset.UTC), () -> Fixtures.uuid(42),
                meters);
    }

    static JwsQuoteTokens tokens() {
        return new JwsQuoteTokens(QuoteKeys.single("k1", KEY), Clock.fixed(CLOCK_AT, ZoneOffset.UTC));
    }

    private QuoteClaims claims(Quote quote) {
        QuoteVerifier.Check check = signer.verify(quote.signature(), quote.userId());
        assertThat(check).isInstanceOf(QuoteVerifier.Valid.class);
        return ((QuoteVerifier.Valid) check).claims();
    }

    @Test
    void issuesASignedAuditedQuoteAndAnnouncesIt() {
        ports.promotions.add(Fixtures.percentOff("10", 1));

        Quote quote = issued(service.quote(new QuoteRequest(ALICE, "SKU-1", "web")));

        assertThat(quote.price()).isEqualTo(new BigDecimal("18.00"));
        assertThat(quote.listPrice()).isEqualTo(new BigDecimal("20.00"));
        assertThat(quote.personalized()).isFalse();
        assertThat(quote.pricingVersion()).isEqualTo("7");
        assertThat(quote.quoteId()).isEqualTo(Fixtures.uuid(42));
        assertThat(quote.issuedAt()).isEqualTo(Fixtures.NOW.plusMillis(123));
        assertThat(Duration.between(quote.issuedAt(), quote.expiresAt())).isEqualTo(Duration.ofMinutes(5));
        QuoteClaims claims = claims(quote);
        assertThat(claims.quoteId()).isEqualTo(Fixtures.uuid(42));
        assertThat(claims.userId()).isEqualTo(ALICE);
        assertThat(claims.sku().value()).isEqualTo("SKU-1");
        assertThat(claims.channel()).isEqualTo("web");
        assertThat(claims.price()).isEqualTo(new BigDecimal("18.00"));
        assertThat(claims.listPrice()).isEqualTo(new BigDecimal("20.00"));
        assertThat(claims.pricingVersion()).isEqualTo("7");
        assertThat(claims.expiresAt()).isEqualTo(Instant.parse("2025-06-01T12:05:00Z")); // exp: whole seconds
        assertThat(ports.recorded).containsExactly(quote);
        assertThat(ports.published).containsExactly(quote);
    }

    @Test
    void readsThePricingVersionBeforeTheDataItTags() {
        issued(service.quote(new QuoteRequest(ALICE, "SKU-1", "web")));

        // the profile is not version-tagged: it is read at the same time as the version
        assertThat(ports.calls).containsExactlyInAnyOrder("version", "profile", "catalogue", "promotions", "audit",
                "event");
        assertThat(ports.calls.stream().filter(c -> !c.equals("profile")).toList())
                .containsExactly("version", "catalogue", "promotions", "audit", "event");
    }

    @Test
    void malformedSkuIsRejectedWithoutTouchingAnyDependency() {
        StepVerifier.create(service.quote(new QuoteRequest(ALICE, "sku 1", "web")))
                .assertNext(outcome -> assertThat(outcome).isInstanceOfSatisfying(Rejected.class,
                        r -> assertThat(r.reason()).isEqualTo(Reason.MALFORMED_SKU)))
                .verifyComplete();
        assertThat(ports.calls).isEmpty();
    }

    @Test
    void invalidChannelIsRejected() {
        StepVerifier.create(service.quote(new QuoteRequest(ALICE, "SKU-1", "Web Shop")))
                .assertNext(outcome -> assertThat(((Rejected) outcome).reason()).isEqualTo(Reason.INVALID_CHANNEL))
                .verifyComplete();
    }

    @Test
    void unknownSkuIsRejectedAndNothingIsRecorded() {
        StepVerifier.create(service.quote(new QuoteRequest(ALICE, "NOPE-1", "web")))
                .assertNext(outcome -> assertThat(((Rejected) outcome).reason()).isEqualTo(Reason.UNKNOWN_SKU))
                .verifyComplete();
        assertThat(ports.recorded).isEmpty();
        assertThat(ports.published).isEmpty();
    }

    @Test
    void missingVersionCounterIsTheInitialVersion() {
        ports.version = Mono.empty();

        assertThat(issued(service.quote(new QuoteRequest(ALICE, "SKU-1", "web"))).pricingVersion()).isEqualTo("0");
    }

    @Test
    void redisFailureStillQuotesButTagsTheVersionUnknownAndCountsIt() {
        ports.version = Mono.error(new IllegalStateException("connection refused"));

        assertThat(issued(service.quote(new QuoteRequest(ALICE, "SKU-1", "web"))).pricingVersion())
                .isEqualTo(PricingVersion.UNKNOWN);
        assertThat(meters.counter("pricing.version.unavailable").count()).isEqualTo(1.0);
    }

    @Test
    void slowRedisTimesOutToUnknown() {
        ports.version = Mono.never();

        assertThat(issued(service.quote(new QuoteRequest(ALICE, "SKU-1", "web"))).pricingVersion())
                .isEqualTo(PricingVersion.UNKNOWN);
    }

    @Test
    void catalogueFailureFailsClosed() {
        ports.catalogueFailure = new IllegalStateException("db down");

        StepVerifier.create(service.quote(new QuoteRequest(ALICE, "SKU-1", "web")))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOfSatisfying(DependencyUnavailable.class,
                        d -> assertThat(d.dependency()).isEqualTo("catalogue")))
                .verify();
    }

    @Test
    void auditFailureFailsClosedAndAnnouncesNothing() {
        ports.auditFailure = new IllegalStateException("disk full");

        StepVerifier.create(service.quote(new QuoteRequest(ALICE, "SKU-1", "web")))
                .expectError(DependencyUnavailable.class)
                .verify();
        assertThat(ports.published).isEmpty();
    }

    @Test
    void eventFailureStillAnswersTheQuoteAndCountsIt() {
        ports.eventOutcome = Mono.error(new IllegalStateException("broker down"));

        Quote quote = issued(service.quote(new QuoteRequest(ALICE, "SKU-1", "web")));

        assertThat(ports.recorded).containsExactly(quote);
        assertThat(meters.counter("pricing.quote.events.failed").count()).isEqualTo(1.0);
    }

    @Test
    void slowKafkaDoesNotHoldTheAnswerAndIsCountedAfterTheEventTimeout() throws InterruptedException {
        ports.eventOutcome = Mono.never();

        StepVerifier.create(service.quote(new QuoteRequest(ALICE, "SKU-1", "web")))
                .expectNextMatches(Issued.class::isInstance)
                .expectComplete()
                .verify(Duration.ofSeconds(2));
        assertThat(ports.recorded).hasSize(1);
        // the send goes on in the background until the event timeout, then counts as failed
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (meters.counter("pricing.quote.events.failed").count() < 1.0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(meters.counter("pricing.quote.events.failed").count()).isEqualTo(1.0);
    }

    @Test
    void aShopperWithoutAProfileGetsTheStandardPriceExplained() {
        Quote quote = issued(service.quote(new QuoteRequest(ALICE, "SKU-1", "web")));

        assertThat(quote.price()).isEqualTo(new BigDecimal("20.00"));
        assertThat(quote.personalized()).isFalse();
        assertThat(quote.breakdown().steps()).extracting(PriceStep::rule).containsExactly(Rule.LIST_PRICE,
                Rule.NO_PERSONAL_ADJUSTMENT, Rule.NO_PROMOTION, Rule.ROUNDING);
        assertThat(quote.breakdown().steps().get(1).detail()).contains("no shopping history");
    }

    @Test
    void aLoyalShopperGetsTheLoyaltyDiscountBeforeThePromotionAndBothAreExplained() {
        ports.profiles.put(ALICE, Fixtures.shopper(39, "2977.70", 10, 0));
        ports.promotions.add(Fixtures.percentOff("10", 1));

        Quote quote = issued(service.quote(new QuoteRequest(ALICE, "SKU-1", "web")));

        // 20.00 - 5 % = 19.00, then 10 % off = 17.10 (standard price: 18.00)
        assertThat(quote.price()).isEqualTo(new BigDecimal("17.10"));
        assertThat(quote.personalized()).isTrue();
        assertThat(quote.breakdown().standardPrice()).isEqualTo(new BigDecimal("18.00"));
        assertThat(quote.breakdown().steps()).extracting(PriceStep::rule).containsExactly(Rule.LIST_PRICE,
                Rule.PERSONAL_DISCOUNT, Rule.BEST_PROMOTION, Rule.ROUNDING);
        assertThat(quote.breakdown().steps().get(1).detail()).isEqualTo("Loyalty: 39 orders with us, 5 % off");
        assertThat(quote.breakdown().appliedPromotion().orElseThrow().amountOff()).isEqualTo(new BigDecimal("1.90"));
        assertThat(claims(quote).price()).isEqualTo(new BigDecimal("17.10"));
    }

    @Test
    void twoShoppersMaySeeDifferentPricesForTheSameSku() {
        ports.profiles.put(ALICE, Fixtures.shopper(39, "2977.70", 10, 0));
        ports.profiles.put(BOB, Fixtures.shopper(15, "2523.45", 0, 0));

        Quote alice = issued(service.quote(new QuoteRequest(ALICE, "SKU-1", "web")));
        Quote bob = issued(service.quote(new QuoteRequest(BOB, "SKU-1", "web")));

        assertThat(alice.price()).isEqualTo(new BigDecimal("19.00"));
        assertThat(bob.price()).isEqualTo(new BigDecimal("20.00"));
        assertThat(bob.personalized()).isFalse();
    }

    @Test
    void personalPricesAreOffOnTheMarketplaceChannel() {
        ports.profiles.put(ALICE, Fixtures.shopper(39, "2977.70", 10, 0));

        Quote quote = issued(service.quote(new QuoteRequest(ALICE, "SKU-1", "marketplace")));

        assertThat(quote.price()).isEqualTo(new BigDecimal("20.00"));
        assertThat(quote.personalized()).isFalse();
        assertThat(quote.breakdown().steps().get(1).detail()).contains("marketplace channel");
    }

    @Test
    void profileFailureFailsOpenToTheStandardPriceAndCountsIt() {
        ports.profileOutcome = Mono.error(new IllegalStateException("redis down"));

        Quote quote = issued(service.quote(new QuoteRequest(ALICE, "SKU-1", "web")));

        assertThat(quote.price()).isEqualTo(new BigDecimal("20.00"));
        assertThat(quote.personalized()).isFalse();
        assertThat(quote.breakdown().steps().get(1).detail()).contains("unavailable");
        assertThat(meters.counter("pricing.profile.unavailable").count()).isEqualTo(1.0);
    }

    @Test
    void slowProfileTimesOutToTheStandardPrice() {
        ports.profileOutcome = Mono.never();

        Quote quote = issued(service.quote(new QuoteRequest(ALICE, "SKU-1", "web")));

        assertThat(quote.price()).isEqualTo(new BigDecimal("20.00"));
        assertThat(meters.counter("pricing.profile.unavailable").count()).isEqualTo(1.0);
    }

    private static Quote issued(Mono<QuoteOutcome> outcome) {
        QuoteOutcome result = outcome.block(Duration.ofSeconds(5));
        assertThat(result).isInstanceOf(Issued.class);
        return ((Issued) result).quote();
    }
}

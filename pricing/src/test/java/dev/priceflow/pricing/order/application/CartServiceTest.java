package dev.priceflow.pricing.order.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.adapter.jose.JwsQuoteTokens;
import dev.priceflow.pricing.adapter.jose.QuoteKeys;
import dev.priceflow.pricing.application.FakePorts;
import dev.priceflow.pricing.domain.Fixtures;
import dev.priceflow.pricing.domain.PriceLimits;
import dev.priceflow.pricing.domain.Promotion;
import dev.priceflow.pricing.domain.QuoteClaims;
import dev.priceflow.pricing.order.application.CartOutcome.Kind;
import dev.priceflow.pricing.order.domain.CartPolicy;
import dev.priceflow.pricing.order.domain.CartPromotion;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import dev.priceflow.pricing.domain.Audience;
import java.util.Set;
import reactor.core.publisher.Flux;

class CartServiceTest {

    static final String KEY = "test-only-signing-key-0123456789abcdef";
    static final String ALICE = "6f1c2a8e-0000-4000-8000-00000000a11c";
    static final String BOB = "6f1c2a8e-0000-4000-8000-000000000b0b";

    private final FakePorts catalogue = new FakePorts().with(Fixtures.product("20.00", "10.00"));
    private final List<Offer> coded = new ArrayList<>();
    private final CartOffers offers = new CartOffers() {
        @Override
        public Flux<Offer> automatic(String userId, Instant at) {
            return Flux.empty();
        }

        @Override
        public Flux<Offer> forCodes(String userId, Collection<String> codes, Instant at) {
            return Flux.fromIterable(coded).filter(o -> codes.contains(o.promotion().code()));
        }
    };

    private CartService at(Instant now) {
        return new CartService(tokens(now), catalogue, offers, Fixtures.POLICY, CartPolicy.stackableUncapped(),
                Duration.ofSeconds(1),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private static JwsQuoteTokens tokens(Instant now) {
        return new JwsQuoteTokens(QuoteKeys.single("k1", KEY), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static String quote(String userId, String price, String channel) {
        return tokens(Fixtures.NOW).sign(new QuoteClaims(Fixtures.uuid(9), userId, new Sku("SKU-1"), channel,
                Fixtures.GBP, new BigDecimal(price), new BigDecimal("20.00"), "7", Fixtures.NOW,
                Fixtures.NOW.plus(Duration.ofMinutes(15))));
    }

    private static OrderRequest cart(String token, int quantity, String... codes) {
        return new OrderRequest(List.of(new OrderRequest.Line(token, quantity)), List.of(codes), "web");
    }

    private Offer offer(String code, String percent, Integer maxUses, int uses) {
        return new Offer(new CartPromotion(Fixtures.uuid(5), "spring", Promotion.Kind.PERCENT_OFF,
                new BigDecimal(percent), new Promotion.ForCategory("HOME"), code, 100), true, false, maxUses, uses, null,
                0, null, BigDecimal.ZERO);
    }

    @Test
    void theSkuFloorPriceStopsCartDiscountsAndAQuoteBelowARaisedFloorIsRefused() {
        FakePorts limited = new FakePorts().with(Fixtures.product("20.00", "10.00")
                .withLimits(new PriceLimits(new BigDecimal("16.00"), null, null)));
        coded.add(offer("SPRING", "60", null, 0));
        CartService service = new CartService(tokens(Fixtures.NOW.plusSeconds(60)), limited, offers, Fixtures.POLICY,
                CartPolicy.stackableUncapped(), Duration.ofSeconds(1), Clock.fixed(Fixtures.NOW.plusSeconds(60),
                ZoneOffset.UTC));

        CartOutcome floored = service.price(ALICE, cart(quote(ALICE, "18.00", "web"), 2, "spring")).block();
        CartOutcome stale = service.price(ALICE, cart(quote(ALICE, "15.00", "web"), 1)).block();

        // 60 % off 36.00 would be 14.40; the SKU's floor price makes the line at least 2 x 16.00
        assertThat(floored).isInstanceOfSatisfying(CartOutcome.Priced.class,
                priced -> assertThat(priced.cart().total()).isEqualByComparingTo("32.00"));
        assertThat(stale).isInstanceOfSatisfying(CartOutcome.Rejected.class, rejected -> {
            assertThat(rejected.kind()).isEqualTo(Kind.UNPROCESSABLE);
            assertThat(rejected.problems().getFirst().detail()).contains("floor price", "new quote");
        });
    }

    @Test
    void aValidCartWithACodeIsPricedFromTheSignedPriceNeverBelowTheFloor() {
        coded.add(offer("SPRING", "60", null, 0));

        CartOutcome outcome = at(Fixtures.NOW.plusSeconds(60)).price(ALICE,
                cart(quote(ALICE, "18.00", "web"), 2, "spring")).block();

        // 2 x 18.00 = 36.00; 60 % off would be 14.40 but the floor is 2 x 10.50 (cost 10.00 + 5 %) = 21.00
        assertThat(outcome).isInstanceOfSatisfying(CartOutcome.Priced.class, priced -> {
            assertThat(priced.cart().total()).isEqualTo(new BigDecimal("21.00"));
            assertThat(priced.cart().discounts()).singleElement()
                    .satisfies(g -> assertThat(g.amount()).isEqualTo(new BigDecimal("15.00")));
        });
    }

    @Test
    void aCodeOutsideTheShoppersAudienceIsRefusedAndASegmentNeedsTheProfileSegment() {
        Offer base = offer("FORYOU", "10", null, 0);
        coded.add(new Offer(base.promotion(), true, false, null, 0, null, 0, null, BigDecimal.ZERO,
                new Audience(Set.of(4), Set.of(ALICE))));
        catalogue.segments.put(BOB, 4);
        Instant now = Fixtures.NOW.plusSeconds(60);
        CartService service = new CartService(tokens(now), catalogue, offers, Fixtures.POLICY,
                CartPolicy.stackableUncapped(), Duration.ofSeconds(1), Clock.fixed(now, ZoneOffset.UTC), catalogue);
        String stranger = "6f1c2a8e-0000-4000-8000-00000000ffff";

        CartOutcome alice = service.price(ALICE, cart(quote(ALICE, "20.00", "web"), 1, "foryou")).block();
        CartOutcome bob = service.price(BOB, cart(quote(BOB, "20.00", "web"), 1, "foryou")).block();
        CartOutcome other = service.price(stranger, cart(quote(stranger, "20.00", "web"), 1, "foryou")).block();

        assertThat(alice).isInstanceOfSatisfying(CartOutcome.Priced.class,
                priced -> assertThat(priced.cart().total()).isEqualByComparingTo("18.00"));
        assertThat(bob).as("bob is in segment 4").isInstanceOf(CartOutcome.Priced.class);
        assertThat(other).isInstanceOfSatisfying(CartOutcome.Rejected.class, rejected -> {
            assertThat(rejected.kind()).isEqualTo(Kind.CODE_REFUSED);
            assertThat(rejected.problems().getFirst().detail()).contains("not available to you");
        });
    }

    @Test
    void anExpiredQuoteIsRefusedNamingTheLine() {
        CartOutcome outcome = at(Fixtures.NOW.plus(Duration.ofMinutes(15))).price(ALICE,
                cart(quote(ALICE, "18.00", "web"), 1)).block();

        assertRejected(outcome, Kind.QUOTE_EXPIRED, 0);
    }

    @Test
    void someoneElsesQuoteIsForbiddenAndATamperedOneInvalid() {
        assertRejected(at(Fixtures.NOW).price(BOB, cart(quote(ALICE, "18.00", "web"), 1)).block(), Kind.NOT_YOURS, 0);
        String token = quote(ALICE, "18.00", "web");
        String tampered = token.substring(0, token.length() - 4) + "AAAA";
        assertRejected(at(Fixtures.NOW).price(ALICE, cart(tampered, 1)).block(), Kind.QUOTE_INVALID, 0);
    }

    @Test
    void aQuoteForAnotherChannelOrABadQuantityIsRefused() {
        assertRejected(at(Fixtures.NOW).price(ALICE, cart(quote(ALICE, "18.00", "app"), 1)).block(),
                Kind.UNPROCESSABLE, 0);
        assertRejected(at(Fixtures.NOW).price(ALICE, cart(quote(ALICE, "18.00", "web"), 0)).block(), Kind.INVALID, 0);
    }

    @Test
    void anUnknownOrUsedUpCodeIsRefusedNamingTheCode() {
        coded.add(offer("FULL", "10", 5, 5));

        CartOutcome unknown = at(Fixtures.NOW).price(ALICE, cart(quote(ALICE, "18.00", "web"), 1, "nope-1")).block();
        CartOutcome full = at(Fixtures.NOW).price(ALICE, cart(quote(ALICE, "18.00", "web"), 1, "full")).block();

        assertThat(unknown).isInstanceOfSatisfying(CartOutcome.Rejected.class, r -> {
            assertThat(r.kind()).isEqualTo(Kind.UNPROCESSABLE);
            assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("NOPE-1"));
        });
        assertThat(full).isInstanceOfSatisfying(CartOutcome.Rejected.class, r -> {
            assertThat(r.kind()).isEqualTo(Kind.CODE_REFUSED);
            assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("FULL"));
        });
    }

    private static void assertRejected(CartOutcome outcome, Kind kind, int line) {
        assertThat(outcome).isInstanceOfSatisfying(CartOutcome.Rejected.class, r -> {
            assertThat(r.kind()).isEqualTo(kind);
            assertThat(r.problems()).first().satisfies(p -> assertThat(p.line()).isEqualTo(line));
        });
    }
}

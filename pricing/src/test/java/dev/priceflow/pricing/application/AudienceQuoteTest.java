package dev.priceflow.pricing.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.domain.Audience;
import dev.priceflow.pricing.domain.Fixtures;
import dev.priceflow.pricing.domain.Promotion;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Single quotes and promotion audiences: user ids and profile segments. */
class AudienceQuoteTest {

    private static final String ALICE = "6f1c2a8e-0000-4000-8000-00000000a11c";
    private static final String BOB = "6f1c2a8e-0000-4000-8000-000000000b0b";

    private final FakePorts ports = new FakePorts().with(Fixtures.product("20.00", "10.00"));
    private final QuoteService service = QuoteServiceTest.service(ports, new SimpleMeterRegistry());

    private static Promotion forAudience(String percent, int id, Audience audience) {
        Promotion p = Fixtures.percentOff(percent, id);
        return new Promotion(p.id(), p.name(), p.kind(), p.value(), new Promotion.ForSku(new Sku("SKU-1")),
                p.startsAt(), p.endsAt(), true, audience);
    }

    private BigDecimal price(String userId) {
        QuoteOutcome outcome = service.quote(new QuoteRequest(userId, "SKU-1", "marketplace")).block();
        return ((QuoteOutcome.Issued) outcome).quote().price();
    }

    @Test
    void aUserTargetedPromotionPricesOnlyForThatUser() {
        ports.promotions.add(forAudience("10", 1, new Audience(Set.of(), Set.of(ALICE))));

        assertThat(price(ALICE)).isEqualTo(new BigDecimal("18.00"));
        assertThat(price(BOB)).isEqualTo(new BigDecimal("20.00"));
    }

    @Test
    void aSegmentTargetedPromotionNeedsTheShoppersProfileSegment() {
        ports.promotions.add(forAudience("25", 1, new Audience(Set.of(3), Set.of())));
        ports.segments.put(BOB, 3);
        ports.segments.put(ALICE, 1);

        assertThat(price(BOB)).isEqualTo(new BigDecimal("15.00"));
        assertThat(price(ALICE)).isEqualTo(new BigDecimal("20.00"));
        assertThat(price("6f1c2a8e-0000-4000-8000-00000000ffff")).as("no profile: no segment")
                .isEqualTo(new BigDecimal("20.00"));
    }

    @Test
    void promotionsForEveryoneNeverReadTheSegment() {
        ports.promotions.add(Fixtures.percentOff("10", 1));

        assertThat(price(BOB)).isEqualTo(new BigDecimal("18.00"));
        assertThat(ports.calls).doesNotContain("segment");
    }
}

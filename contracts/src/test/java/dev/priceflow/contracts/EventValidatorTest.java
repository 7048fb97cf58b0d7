package dev.priceflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.events.AddedToCart;
import dev.priceflow.contracts.events.EventValidator;
import dev.priceflow.contracts.events.ProductViewed;
import dev.priceflow.contracts.events.PurchaseCompleted;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventValidatorTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private final EventValidator validator = new EventValidator(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aWellFormedEventHasNoViolations() {
        var event = new ProductViewed(UUID.randomUUID(), NOW, 1, "u-1", "85123A", "web");

        assertThat(validator.violations(event)).isEmpty();
    }

    @Test
    void reportsEveryViolationAtOnce() {
        var event = new AddedToCart(null, NOW.plusSeconds(3600), 2, " ", "bad sku!", 0, Money.of("-1", "EUR"));

        assertThat(validator.violations(event)).containsExactlyInAnyOrder(
                "eventId is required",
                "occurredAt is in the future",
                "schemaVersion 2 is not supported (expected 1)",
                "userId is required",
                "sku is not a well-formed SKU",
                "quantity must be between 1 and 10000",
                "unitPrice must not be negative");
    }

    @Test
    void allowsSmallClockSkew() {
        var event = new ProductViewed(UUID.randomUUID(), NOW.plusSeconds(60), 1, "u-1", "85123A", "web");

        assertThat(validator.violations(event)).isEmpty();
    }

    @Test
    void namesTheOffendingPurchaseLine() {
        var event = new PurchaseCompleted(UUID.randomUUID(), NOW, 1, "u-1", "o-1", List.of(
                new PurchaseCompleted.Line("85123A", 1, Money.of("2.55", "GBP")),
                new PurchaseCompleted.Line("85123A", 1, null)));

        assertThat(validator.violations(event)).containsExactly("lines[1].unitPrice is required");
    }

    @Test
    void purchaseWithoutLinesIsRejected() {
        var event = new PurchaseCompleted(UUID.randomUUID(), NOW, 1, "u-1", "o-1", List.of());

        assertThat(validator.violations(event)).containsExactly("lines must not be empty");
    }

    @Test
    void skuFormat() {
        assertThat(Sku.isWellFormed("85123A")).isTrue();
        assertThat(Sku.isWellFormed("POST")).isTrue();
        assertThat(Sku.isWellFormed("")).isFalse();
        assertThat(Sku.isWellFormed("85123a")).isFalse();
        assertThat(Sku.isWellFormed("A".repeat(33))).isFalse();
        assertThat(Sku.isWellFormed("../etc")).isFalse();
    }
}

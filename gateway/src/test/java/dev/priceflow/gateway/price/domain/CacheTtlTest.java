package dev.priceflow.gateway.price.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CacheTtlTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Duration CEILING = Duration.ofSeconds(60);

    @Test
    void aLongLivedQuoteIsKeptForTheCeiling() {
        assertThat(CacheTtl.forQuote(NOW, NOW.plusSeconds(900), CEILING)).contains(CEILING);
    }

    @Test
    void aQuoteNeverOutlivesItsOwnExpiry() {
        assertThat(CacheTtl.forQuote(NOW, NOW.plusMillis(12_700), CEILING)).contains(Duration.ofSeconds(12));
    }

    @Test
    void anExpiredOrAlmostExpiredQuoteIsNotCached() {
        assertThat(CacheTtl.forQuote(NOW, NOW.minusSeconds(1), CEILING)).isEmpty();
        assertThat(CacheTtl.forQuote(NOW, NOW.plusMillis(999), CEILING)).isEmpty();
        assertThat(CacheTtl.forQuote(NOW, null, CEILING)).isEmpty();
    }
}

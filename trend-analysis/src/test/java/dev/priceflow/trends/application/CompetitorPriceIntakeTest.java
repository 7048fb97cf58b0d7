package dev.priceflow.trends.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.events.CompetitorPriceObserved;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompetitorPriceIntakeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private final List<List<CompetitorPriceObserved>> published = new ArrayList<>();
    private final CompetitorPriceIntake intake = new CompetitorPriceIntake(published::add, CLOCK);

    @Test
    void aValidBatchIsPublishedAsOneBatchOfEventsWithStableIds() {
        ObservationInput in = new ObservationInput("85123A", "acme", "2.49", "GBP", "2026-05-31T10:00:00Z");
        assertThat(intake.submit(List.of(in, in))).isEqualTo(new CompetitorPriceIntake.Result.Accepted(2));
        assertThat(published).hasSize(1);
        CompetitorPriceObserved event = published.getFirst().getFirst();
        assertThat(event.sku()).isEqualTo("85123A");
        assertThat(event.price().amount()).isEqualByComparingTo(new BigDecimal("2.49"));
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-05-31T10:00:00Z"));
        assertThat(published.getFirst().get(1).eventId()).isEqualTo(event.eventId());
    }

    @Test
    void oneBadFieldRejectsTheWholeBatchNamingTheField() {
        CompetitorPriceIntake.Result result = intake.submit(List.of(
                new ObservationInput("85123A", "acme", "2.49", "GBP", "2026-05-31T10:00:00Z"),
                new ObservationInput("85123A", "acme", "0", "GBP", "2026-07-31T10:00:00Z")));
        assertThat(result).isInstanceOf(CompetitorPriceIntake.Result.Rejected.class);
        assertThat(((CompetitorPriceIntake.Result.Rejected) result).errors()).extracting(FieldError::field)
                .containsExactly("observations[1].price", "observations[1].observedAt");
        assertThat(published).isEmpty();
    }

    @Test
    void anEmptyBatchIsRejected() {
        assertThat(intake.submit(List.of())).isInstanceOf(CompetitorPriceIntake.Result.Rejected.class);
        assertThat(intake.submit(null)).isInstanceOf(CompetitorPriceIntake.Result.Rejected.class);
    }
}

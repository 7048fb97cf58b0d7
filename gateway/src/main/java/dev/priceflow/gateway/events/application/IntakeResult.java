package dev.priceflow.gateway.events.application;

import dev.priceflow.contracts.api.EventBatchResult;

/** The outcome of one batch. */
public sealed interface IntakeResult {

    /** Every valid event is in the event log; the others are listed with their reasons. */
    record Done(EventBatchResult result) implements IntakeResult {
    }

    /**
     * The event log did not confirm {@code notSent} of the {@code valid} events. Some may have arrived, so
     * the client should resend the whole batch; consumers drop duplicates by eventId.
     */
    record NotSent(int valid, int notSent) implements IntakeResult {
    }
}

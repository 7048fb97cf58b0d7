package dev.priceflow.kit.kafka;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.common.errors.FencedInstanceIdException;
import org.apache.kafka.common.errors.IllegalGenerationException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.StaleMemberEpochException;
import org.apache.kafka.common.errors.UnknownMemberIdException;
import org.apache.kafka.common.errors.UnreleasedInstanceIdException;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Failures of the Kafka client or of the consumer's group membership (offset commit after a rebalance, coordinator
 * moved or unavailable, timeouts, fenced static member, wake-up, interrupt). They say nothing about the records being
 * processed, so they are never a reason to dead-letter one: the records are redelivered instead (consumers are
 * idempotent on the event id). {@link #find} walks the whole cause chain.
 */
public final class KafkaClientFailures {

    /** The failure types, subclasses included ({@link RetriableException}: NotCoordinator, Timeout, ...). */
    public static final List<Class<? extends Exception>> TYPES = List.of(
            CommitFailedException.class,
            RebalanceInProgressException.class,
            RetriableException.class,
            FencedInstanceIdException.class,
            UnreleasedInstanceIdException.class,
            IllegalGenerationException.class,
            UnknownMemberIdException.class,
            StaleMemberEpochException.class,
            WakeupException.class,
            InterruptException.class);

    private KafkaClientFailures() {
    }

    /** True when {@code ex} or any of its causes is a Kafka client or group-membership failure. */
    public static boolean isClientFailure(Throwable ex) {
        return find(ex).isPresent();
    }

    /** The first Kafka client or group-membership failure in the cause chain of {@code ex}, outermost first. */
    public static Optional<Throwable> find(Throwable ex) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = ex; t != null && seen.add(t); t = t.getCause()) {
            for (Class<? extends Exception> type : TYPES) {
                if (type.isInstance(t)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }
}

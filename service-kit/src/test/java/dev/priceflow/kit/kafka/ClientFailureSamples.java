package dev.priceflow.kit.kafka;

import java.util.List;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.RetriableCommitFailedException;
import org.apache.kafka.common.errors.CoordinatorLoadInProgressException;
import org.apache.kafka.common.errors.CoordinatorNotAvailableException;
import org.apache.kafka.common.errors.DisconnectException;
import org.apache.kafka.common.errors.FencedInstanceIdException;
import org.apache.kafka.common.errors.IllegalGenerationException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.NotCoordinatorException;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownMemberIdException;
import org.apache.kafka.common.errors.WakeupException;

/** One of each Kafka client or group-membership failure seen (or possible) around an offset commit. */
final class ClientFailureSamples {

    static final List<Exception> ALL = List.of(
            new CommitFailedException("Commit cannot be completed since the group has already rebalanced"),
            new RebalanceInProgressException("rebalance in progress"),
            new NotCoordinatorException("This is not the correct coordinator."),
            new CoordinatorNotAvailableException("coordinator not available"),
            new CoordinatorLoadInProgressException("coordinator loading"),
            new TimeoutException("Timeout of 60000ms expired before successfully committing offsets"),
            new RetriableCommitFailedException("retriable commit failed"),
            new DisconnectException("disconnected"),
            new FencedInstanceIdException("fenced"),
            new IllegalGenerationException("Specified group generation id is not valid."),
            new UnknownMemberIdException("The coordinator is not aware of this member."),
            new WakeupException(),
            new InterruptException(new InterruptedException("shutting down")));

    private ClientFailureSamples() {
    }
}

package dev.priceflow.recommender.recommendation.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class SingleFlightTest {

    private final SingleFlight<String> flights = new SingleFlight<>();
    private final AtomicInteger started = new AtomicInteger();

    private Mono<String> slow(Sinks.One<String> sink) {
        started.incrementAndGet();
        return sink.asMono();
    }

    @Test
    void concurrentCallersOfOneKeyShareOneComputation() {
        Sinks.One<String> sink = Sinks.one();
        Mono<String> first = flights.join("alice|home", () -> slow(sink)).cache();
        Mono<String> second = flights.join("alice|home", () -> slow(sink)).cache();
        first.subscribe();
        second.subscribe();
        assertThat(started).hasValue(1);
        assertThat(flights.running()).isEqualTo(1);
        sink.tryEmitValue("answer");
        assertThat(first.block()).isEqualTo("answer");
        assertThat(second.block()).isEqualTo("answer");
        assertThat(flights.running()).isZero();
    }

    @Test
    void otherKeysAndLaterCallsComputeAgain() {
        StepVerifier.create(flights.join("a", () -> Mono.just("1"))).expectNext("1").verifyComplete();
        StepVerifier.create(flights.join("a", () -> Mono.just("2"))).expectNext("2").verifyComplete();
        StepVerifier.create(flights.join("b", () -> Mono.empty())).verifyComplete();
        assertThat(flights.running()).isZero();
    }

    @Test
    void anErrorReachesEveryWaitingCallerAndFreesTheKey() {
        Sinks.One<String> sink = Sinks.one();
        Mono<String> first = flights.join("k", () -> slow(sink));
        Mono<String> second = flights.join("k", () -> slow(sink));
        StepVerifier.create(Mono.zip(first, second))
                .then(() -> sink.tryEmitError(new IllegalStateException("pricing down")))
                .expectErrorMessage("pricing down").verify();
        assertThat(started).hasValue(1);
        assertThat(flights.running()).isZero();
    }

    @Test
    void theComputationFinishesForTheOthersWhenTheFirstCallerCancels() {
        Sinks.One<String> sink = Sinks.one();
        var firstCaller = flights.join("k", () -> slow(sink)).subscribe();
        Mono<String> second = flights.join("k", () -> slow(sink)).cache();
        second.subscribe();
        firstCaller.dispose();
        sink.tryEmitValue("done");
        assertThat(second.block()).isEqualTo("done");
        assertThat(started).hasValue(1);
    }
}

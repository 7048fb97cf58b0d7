package dev.priceflow.gateway.price.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class InFlightTest {

    private final InFlight<String> inFlight = new InFlight<>();
    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void whoeverAsksWhileACallRunsJoinsItAndTheKeyIsFreeAgainAfterwards() {
        Sinks.One<String> answer = Sinks.one();
        Mono<String> first = inFlight.join("k", () -> {
            calls.incrementAndGet();
            return answer.asMono();
        });
        Mono<String> second = inFlight.join("k", () -> {
            calls.incrementAndGet();
            return Mono.just("second call");
        });
        StepVerifier.create(Mono.zip(first, second))
                .then(() -> answer.tryEmitValue("priced"))
                .assertNext(both -> assertThat(both.getT1() + "/" + both.getT2()).isEqualTo("priced/priced"))
                .verifyComplete();
        assertThat(calls).hasValue(1);
        assertThat(inFlight.size()).isZero();

        StepVerifier.create(inFlight.join("k", () -> {
            calls.incrementAndGet();
            return Mono.just("again");
        })).expectNext("again").verifyComplete();
        assertThat(calls).hasValue(2);
    }

    @Test
    void otherKeysDoNotJoinAndAFailureIsForgottenToo() {
        Sinks.One<String> pending = Sinks.one();
        inFlight.join("a", pending::asMono).subscribe();
        StepVerifier.create(inFlight.join("b", () -> Mono.just("b"))).expectNext("b").verifyComplete();
        assertThat(inFlight.size()).isEqualTo(1);

        StepVerifier.create(inFlight.join("c", () -> Mono.error(new IllegalStateException("down"))))
                .expectErrorMessage("down").verify();
        StepVerifier.create(inFlight.join("c", () -> Mono.just("up"))).expectNext("up").verifyComplete();
        pending.tryEmitEmpty();
        assertThat(inFlight.size()).isZero();
    }
}

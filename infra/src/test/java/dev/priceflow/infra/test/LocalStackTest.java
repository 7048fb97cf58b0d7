package dev.priceflow.infra.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class LocalStackTest {

    /** A loopback port nobody listens on: bound by us, then released. */
    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aServerThatDoesNotAnswerFailsWithWhereItWasLookedForAndHowToStartIt() throws IOException {
        int port = unusedPort();
        Stack stack = Stack.from(Map.of("PRICEFLOW_KAFKA", "127.0.0.1:" + port)::get);

        assertThatThrownBy(() -> LocalStack.requireReachable(stack, Server.KAFKA))
                .isInstanceOf(LocalStack.StackNotReachableException.class)
                .hasMessage("Kafka is not reachable at 127.0.0.1:" + port
                        + " — start the stack with ./priceflow up --servers-only");
    }

    @Test
    void everyMissingServerIsNamedAndTheGatewayHintIsTheFullStack() throws IOException {
        int port = unusedPort();
        Stack stack = Stack.from(Map.of("PRICEFLOW_REDIS", "redis://127.0.0.1:" + port,
                "PRICEFLOW_GATEWAY", "http://127.0.0.1:" + port)::get);

        assertThatThrownBy(() -> LocalStack.requireReachable(stack, Server.REDIS, Server.GATEWAY))
                .hasMessage("Redis is not reachable at 127.0.0.1:" + port
                        + " — start the stack with ./priceflow up --servers-only\n"
                        + "The gateway is not reachable at 127.0.0.1:" + port
                        + " — start the stack with ./priceflow up");
    }

    @Test
    void aListeningServerPasses() throws IOException {
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Stack stack = Stack.from(Map.of("PRICEFLOW_ES", "http://127.0.0.1:" + listening.getLocalPort())::get);

            LocalStack.requireReachable(stack, Server.ELASTICSEARCH);
        }
    }

    @Test
    void aTestClassWhoseServerIsDownFailsAndIsNotSkipped() throws IOException {
        int port = unusedPort();
        System.setProperty("PRICEFLOW_KAFKA", "127.0.0.1:" + port);
        Events events;
        try {
            events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(NeedsKafka.class)).execute()
                    .allEvents();
        } finally {
            System.clearProperty("PRICEFLOW_KAFKA");
        }

        events.assertThatEvents().haveExactly(1, event(container(NeedsKafka.class),
                finishedWithFailure(message("Kafka is not reachable at 127.0.0.1:" + port
                        + " — start the stack with ./priceflow up --servers-only"))));
        assertThat(events.skipped().count()).isZero();
        assertThat(NeedsKafka.ran).isFalse();
    }

    @Test
    void testsReceiveTheStackAndTheTokenHelper() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(TakesParameters.class)).execute()
                .testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @ExtendWith(LocalStack.class)
    @NeedsStack(Server.KAFKA)
    static class NeedsKafka {
        static boolean ran;

        @Test
        void usesKafka() {
            ran = true;
        }
    }

    @ExtendWith(LocalStack.class)
    static class TakesParameters {
        @Test
        void getsThem(Stack stack, Tokens tokens) {
            assertThat(stack.kafkaBootstrap()).isNotBlank();
            assertThat(tokens).isNotNull();
        }
    }
}

package dev.priceflow.infra.test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Points integration tests at the running local stack: {@code @ExtendWith(LocalStack.class)} with
 * {@code @NeedsStack({Server.KAFKA, ...})}. Before all tests it opens a TCP connection (1 s timeout) to each
 * needed server and fails the class, with the command that starts the stack, when one does not answer: an
 * integration test that silently skips would pass CI without testing anything. Resolves {@link Stack} and
 * {@link Tokens} parameters; the token cache is shared by all test classes of the run.
 */
public final class LocalStack implements BeforeAllCallback, ParameterResolver {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalStack.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Server[] needed = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), NeedsStack.class)
                .map(NeedsStack::value)
                .orElse(new Server[0]);
        requireReachable(stack(context), needed);
    }

    /** Throws {@link StackNotReachableException} naming every needed server that does not accept a connection. */
    public static void requireReachable(Stack stack, Server... needed) {
        List<String> problems = new ArrayList<>();
        for (Server server : needed) {
            Server.Endpoint endpoint = stack.endpoint(server);
            if (!reachable(endpoint)) {
                problems.add(server.displayName() + " is not reachable at " + endpoint + " — " + server.startHint());
            }
        }
        if (!problems.isEmpty()) {
            throw new StackNotReachableException(String.join("\n", problems));
        }
    }

    static boolean reachable(Server.Endpoint endpoint) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()),
                    (int) CONNECT_TIMEOUT.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Stack.class || type == Tokens.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == Stack.class) {
            return stack(context);
        }
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Tokens.class, k -> new Tokens(stack(context)), Tokens.class);
    }

    private static Stack stack(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Stack.class, k -> Stack.fromEnvironment(), Stack.class);
    }

    /** A needed server of the local stack is down; the message says which and how to start it. */
    public static final class StackNotReachableException extends RuntimeException {
        public StackNotReachableException(String message) {
            super(message);
        }
    }
}

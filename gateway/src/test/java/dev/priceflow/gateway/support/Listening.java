package dev.priceflow.gateway.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Whether a service of the local stack accepts connections, for tests that need it running. */
public final class Listening {

    private Listening() {
    }

    /** True when something accepts a connection on 127.0.0.1:{@code port} within 500 ms. */
    public static boolean onLoopback(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

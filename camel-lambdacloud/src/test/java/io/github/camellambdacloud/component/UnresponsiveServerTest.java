package io.github.camellambdacloud.component;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camellambdacloud.client.LambdaCloudTransportException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.Exchange;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server on 127.0.0.1 that accepts connections and never answers until recover() is called: each request then
 * ends at the configured response timeout, the consumer keeps polling, and routes stop within a bound.
 */
class UnresponsiveServerTest extends CamelTestSupport {

    private static final String API_KEY = "unresponsive-test-key";
    private static final long RESPONSE_TIMEOUT_MILLIS = 300;
    private static final Duration STOP_BOUND = Duration.ofSeconds(5);

    private SilentServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = new SilentServer();
    }

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    private String uri(String resource) {
        return "lambdacloud:" + resource + "?apiKey=" + API_KEY + "&baseUrl=http://127.0.0.1:" + server.port()
                + "/api/v1&requestInterval=0&launchInterval=0&retryMaxAttempts=1&responseTimeout="
                + RESPONSE_TIMEOUT_MILLIS;
    }

    @Test
    void producerCallEndsAtResponseTimeout() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:regions").routeId("regions").to(uri("regions"));
            }
        });

        long started = System.nanoTime();
        Exchange exchange = template.send("direct:regions", e -> { });
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        LambdaCloudTransportException failure =
                assertInstanceOf(LambdaCloudTransportException.class, exchange.getException());
        assertInstanceOf(SocketTimeoutException.class, failure.getCause());
        assertTrue(elapsed.compareTo(Duration.ofMillis(RESPONSE_TIMEOUT_MILLIS)) >= 0, "elapsed " + elapsed);
        assertTrue(elapsed.compareTo(Duration.ofSeconds(3)) < 0, "elapsed " + elapsed);
        assertEquals(1, server.connections.get(), "connections accepted");
    }

    @Test
    void consumerKeepsPollingAndRecovers() throws Exception {
        List<Exchange> events = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("instances") + "&delay=50&initialDelay=0").routeId("watch").process(events::add);
            }
        });

        // Each hanging poll ends at the timeout, so a third connection proves two polls timed out and ended.
        await().atMost(Duration.ofSeconds(5)).until(() -> server.connections.get() >= 3);
        assertEquals(0, server.answered.get(), "requests answered while silent");

        server.recover();
        await().atMost(Duration.ofSeconds(5)).until(() -> server.answered.get() >= 3);
        assertEquals(ServiceStatus.Started, context.getRouteController().getRouteStatus("watch"));
        assertEquals(List.of(), events, "events from empty lists");

        server.silence();
        int connectionsBeforeSilence = server.connections.get();
        await().atMost(Duration.ofSeconds(5)).until(() -> server.connections.get() > connectionsBeforeSilence);
        long stopping = System.nanoTime();
        context.getRouteController().stopRoute("watch");
        Duration stopTook = Duration.ofNanos(System.nanoTime() - stopping);

        assertEquals(ServiceStatus.Stopped, context.getRouteController().getRouteStatus("watch"));
        assertTrue(stopTook.compareTo(STOP_BOUND) < 0, "stopping the route took " + stopTook);
    }

    @Test
    void contextStopsDuringHangingPoll() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("instances") + "&delay=50&initialDelay=0").routeId("watch").to("mock:events");
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> server.connections.get() >= 1);

        long stopping = System.nanoTime();
        context.stop();
        Duration stopTook = Duration.ofNanos(System.nanoTime() - stopping);

        assertTrue(context.isStopped(), "context stopped");
        assertTrue(stopTook.compareTo(STOP_BOUND) < 0, "stopping the context took " + stopTook);
    }

    /**
     * Accepts connections and keeps them open without a byte of response while silent. Once recovered, it answers
     * every request with an empty {@code data} list and closes the connection.
     */
    private static final class SilentServer implements AutoCloseable {

        final AtomicInteger connections = new AtomicInteger();
        final AtomicInteger answered = new AtomicInteger();
        private final AtomicBoolean answering = new AtomicBoolean();
        private final List<Socket> held = new CopyOnWriteArrayList<>();
        private final ServerSocket socket;

        SilentServer() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
            Thread acceptor = new Thread(this::acceptLoop, "silent-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        void recover() {
            answering.set(true);
        }

        void silence() {
            answering.set(false);
        }

        private void acceptLoop() {
            while (!socket.isClosed()) {
                try {
                    Socket connection = socket.accept();
                    connections.incrementAndGet();
                    if (answering.get()) {
                        answer(connection);
                    } else {
                        held.add(connection);
                    }
                } catch (IOException e) {
                    // The socket was closed by close(); the loop ends.
                }
            }
        }

        private void answer(Socket connection) throws IOException {
            try (connection) {
                BufferedReader reader = new BufferedReader(
                        new InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII));
                for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
                    // Skips the request line and headers; the requests tested here have no body.
                }
                byte[] body = "{\"data\": []}".getBytes(StandardCharsets.UTF_8);
                OutputStream out = connection.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                answered.incrementAndGet();
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket connection : held) {
                connection.close();
            }
        }
    }
}

package io.github.camellambdacloud.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal HTTP/1.1 server on 127.0.0.1 that responds to every bodiless request with one fixed JSON response and keeps
 * connections open, counting connections and requests. WireMock does not expose client ports, so connection reuse is
 * observed here instead.
 */
final class KeepAliveServer implements AutoCloseable {

    private final ServerSocket serverSocket;
    private final byte[] response;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final Thread acceptor;

    KeepAliveServer(String json) throws IOException {
        this(200, json);
    }

    KeepAliveServer(int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        this.response = ("HTTP/1.1 " + status + " Status\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length + "\r\n\r\n" + json).getBytes(StandardCharsets.UTF_8);
        this.serverSocket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        this.acceptor = new Thread(this::acceptConnections, "keep-alive-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return serverSocket.getLocalPort();
    }

    int connectionCount() {
        return connections.get();
    }

    int requestCount() {
        return requests.get();
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
    }

    private void acceptConnections() {
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                connections.incrementAndGet();
                Thread handler = new Thread(() -> serve(socket), "keep-alive-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket;
                BufferedReader reader = new BufferedReader(
                        new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))) {
            OutputStream output = socket.getOutputStream();
            String requestLine;
            while ((requestLine = reader.readLine()) != null) {
                if (requestLine.isEmpty()) {
                    continue;
                }
                String header;
                while ((header = reader.readLine()) != null && !header.isEmpty()) {
                    if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")
                            && !header.substring(15).strip().equals("0")) {
                        throw new IllegalStateException("This server answers only requests without a body");
                    }
                }
                requests.incrementAndGet();
                output.write(response);
                output.flush();
            }
        } catch (IOException e) {
            // The client closed the connection, so no response is pending.
        }
    }
}

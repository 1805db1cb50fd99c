package io.github.camellambdacloud.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A JDK {@link HttpServer} on 127.0.0.1 that answers the few API calls the benchmarks make with fixed JSON bytes, so
 * the server does the same small amount of work for every client under test.
 *
 * <p>It counts requests and distinct client sockets. A client socket is identified by its remote address and port,
 * which stay unique while the connection is open; a port reused by a later connection would be counted once, so the
 * connection count is a lower bound only when connections are opened and closed many times.
 *
 * <p>Set the system property {@code sun.net.httpserver.nodelay=true} before the first server starts, because the JDK
 * reads it once; without it, Nagle's algorithm delays small responses by up to 40 ms on Linux.
 */
public final class CannedApiServer implements AutoCloseable {

    /** The path prefix of the API, as in the production base URL. */
    public static final String API_PREFIX = "/api/v1";

    private final HttpServer server;
    private final ExecutorService executor;
    private final byte[] instanceList;
    private final AtomicLong requests = new AtomicLong();
    private final Set<SocketAddress> clientSockets = ConcurrentHashMap.newKeySet();

    private CannedApiServer(HttpServer server, ExecutorService executor, byte[] instanceList) {
        this.server = server;
        this.executor = executor;
        this.instanceList = instanceList;
    }

    /** Starts a server on a free port of 127.0.0.1 that lists these bytes for {@code GET /instances}. */
    public static CannedApiServer start(byte[] instanceList) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "canned-api-server");
            thread.setDaemon(true);
            return thread;
        });
        CannedApiServer canned = new CannedApiServer(server, executor, instanceList);
        server.createContext(API_PREFIX + "/", canned::handle);
        server.setExecutor(executor);
        server.start();
        return canned;
    }

    /** Returns the base URL, such as {@code http://127.0.0.1:41234/api/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + API_PREFIX;
    }

    /** Returns the number of requests answered since start or the last {@link #resetCounts()}. */
    public long requests() {
        return requests.get();
    }

    /** Returns the number of distinct client sockets seen since start or the last {@link #resetCounts()}. */
    public long connections() {
        return clientSockets.size();
    }

    public void resetCounts() {
        requests.set(0);
        clientSockets.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        clientSockets.add(exchange.getRemoteAddress());
        try (InputStream body = exchange.getRequestBody()) {
            // A request body left unread makes the JDK server close the connection instead of reusing it.
            body.transferTo(OutputStream.nullOutputStream());
        }

        byte[] response = responseFor(exchange.getRequestMethod(), exchange.getRequestURI().getPath());
        int status = response == null ? 404 : 200;
        if (response == null) {
            response = CannedResponses.NOT_FOUND;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, response.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response);
        }
    }

    private byte[] responseFor(String method, String path) {
        String apiPath = path.substring(API_PREFIX.length());
        if (method.equals("GET") && apiPath.equals("/instances")) {
            return instanceList;
        }
        if (method.equals("GET") && apiPath.startsWith("/instances/")) {
            return CannedResponses.GET_INSTANCE;
        }
        if (method.equals("POST") && apiPath.equals("/instance-operations/launch")) {
            return CannedResponses.LAUNCH;
        }
        if (method.equals("POST") && apiPath.equals("/instance-operations/terminate")) {
            return CannedResponses.TERMINATE;
        }
        return null;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

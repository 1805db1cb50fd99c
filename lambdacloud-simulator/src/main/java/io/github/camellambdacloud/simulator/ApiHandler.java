package io.github.camellambdacloud.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single HTTP entry point: applies faults, authentication and rate limits, dispatches to
 * {@link ApiRoutes}, writes the JSON envelope and records the request.
 */
final class ApiHandler implements HttpHandler {

    static final String BASE_PATH = "/api/v1";
    private static final Logger LOG = LoggerFactory.getLogger(LambdaCloudSimulator.class);
    private static final ApiError INVALID_API_KEY = new ApiError(401, "global/invalid-api-key",
            "API key was invalid, expired, or deleted.", "Check your API key or create a new one, then try again.");
    // NOTE: Lambda documents neither the 429 body nor its code; global/rate-limited is an assumption.
    private static final ApiError RATE_LIMITED = new ApiError(429, "global/rate-limited",
            "Your API requests are being rate limited.", "Slow down and retry the request later.");

    private final byte[] apiKey;
    private final ObjectMapper mapper;
    private final SimulatorState state;
    private final ApiRoutes routes;
    private final Faults faults;
    private final EventLog eventLog;
    private final InstantSource wallClock;
    private final RateLimiter generalLimiter;
    private final RateLimiter launchLimiter;

    ApiHandler(String apiKey, ObjectMapper mapper, SimulatorState state, Faults faults, EventLog eventLog,
            InstantSource wallClock, RateLimiter generalLimiter, RateLimiter launchLimiter) {
        this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
        this.mapper = mapper;
        this.state = state;
        this.routes = new ApiRoutes(state, mapper);
        this.faults = faults;
        this.eventLog = eventLog;
        this.wallClock = wallClock;
        this.generalLimiter = generalLimiter;
        this.launchLimiter = launchLimiter;
    }

    /** Response ready to send; a {@code null} reply closes the connection without one. */
    private record Reply(int status, String contentType, byte[] body) {}

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Instant wallTime = wallClock.instant();
        Instant simulatedTime = state.clock().now();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        try (exchange) {
            byte[] body = readBody(exchange.getRequestBody());
            Reply reply = respond(exchange, method, path, query, body);
            // Record before sending the response, so a client that has its response also finds its request.
            int status = reply == null ? 0 : reply.status();
            eventLog.addRequest(new RecordedRequest(method, path, query, status, simulatedTime, wallTime));
            LOG.debug("{} {} returned {}", method, path, status == 0 ? "no response" : status);
            if (reply != null) {
                write(exchange, reply);
            }
        } catch (InterruptedException e) {
            // The server is stopping while a delay fault waits, so the request is dropped without a response.
            LOG.debug("Dropped {} {} because the simulator is stopping", method, path);
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // The JDK server discards exceptions from handlers silently, so this log line is the only trace.
            LOG.warn("Failed to respond to {} {}", method, path, e);
        }
    }

    private Reply respond(HttpExchange exchange, String method, String path, String query, byte[] body)
            throws IOException, InterruptedException {
        String relativePath = path.startsWith(BASE_PATH) ? path.substring(BASE_PATH.length()) : path;
        Optional<Fault> fault = faults.select(method, relativePath);
        if (fault.isPresent()) {
            Fault selected = fault.get();
            LOG.debug("Applying fault '{}' to {} {}", selected, method, path);
            if (selected.isAfterProcessing()) {
                Reply discarded = process(exchange, method, path, relativePath, query, body);
                LOG.debug("Replaced the {} response to {} {} with fault '{}'", discarded.status(), method, path,
                        selected);
                return faultReply(selected);
            }
            if (selected.kind() != Fault.Kind.DELAY) {
                return faultReply(selected);
            }
            Thread.sleep(selected.delayDuration().toMillis());
        }
        return process(exchange, method, path, relativePath, query, body);
    }

    /** Authenticates, applies the rate limits and dispatches the request, and returns the normal response. */
    private Reply process(HttpExchange exchange, String method, String path, String relativePath, String query,
            byte[] body) throws IOException {
        if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return json(INVALID_API_KEY.status(), INVALID_API_KEY.body());
        }
        if (generalLimiter != null && !generalLimiter.tryAcquire()) {
            return json(RATE_LIMITED.status(), RATE_LIMITED.body());
        }
        if (launchLimiter != null && "POST".equals(method) && "/instance-operations/launch".equals(relativePath)
                && !launchLimiter.tryAcquire()) {
            return json(RATE_LIMITED.status(), RATE_LIMITED.body());
        }

        try {
            if (!path.startsWith(BASE_PATH + "/")) {
                throw new ApiError(404, "global/not-found", "The requested resource was not found.", null);
            }
            Object data = routes.dispatch(method, relativePath, parseQuery(query), body);
            return json(200, data instanceof Payloads.AuditPage ? data : new Payloads.DataBody(data));
        } catch (ApiError e) {
            return json(e.status(), e.body());
        }
    }

    /**
     * Accepts {@code Bearer KEY}, {@code Basic base64(KEY:)} and {@code Basic KEY}, the three forms the
     * Lambda Cloud spec v1.10.0 lists. Keys are compared in constant time.
     */
    private boolean authorized(String header) {
        if (header == null) {
            return false;
        }
        String trimmed = header.trim();
        int space = trimmed.indexOf(' ');
        if (space < 0) {
            return false;
        }
        String scheme = trimmed.substring(0, space).toLowerCase(Locale.ROOT);
        String credential = trimmed.substring(space + 1).trim();
        if (scheme.equals("bearer")) {
            return matches(credential);
        }
        if (!scheme.equals("basic")) {
            return false;
        }
        if (matches(credential)) {
            return true;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(credential), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon >= 0 && decoded.substring(colon + 1).isEmpty() && matches(decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private boolean matches(String candidate) {
        return MessageDigest.isEqual(apiKey, candidate.getBytes(StandardCharsets.UTF_8));
    }

    private Reply faultReply(Fault fault) throws IOException {
        return switch (fault.kind()) {
            // Closing the exchange before sendResponseHeaders makes the JDK server drop the connection.
            case CLOSE_CONNECTION -> null;
            case JSON_ERROR -> json(fault.status(),
                    new Payloads.ErrorBody(new Payloads.ErrorDetail(fault.code(), fault.text(), null)));
            case HTML_PAGE -> new Reply(fault.status(), "text/html; charset=utf-8", htmlPage(fault.status()));
            case EMPTY_BODY -> new Reply(fault.status(), "application/json", new byte[0]);
            case NON_JSON_BODY -> new Reply(fault.status(), "text/plain; charset=utf-8",
                    fault.text().getBytes(StandardCharsets.UTF_8));
            case EMPTY_JSON_OBJECT -> new Reply(fault.status(), "application/json",
                    "{}".getBytes(StandardCharsets.UTF_8));
            case DELAY -> throw new IllegalStateException("A delay fault writes no response of its own");
        };
    }

    private static byte[] htmlPage(int status) {
        String html = "<html><head><title>" + status + "</title></head><body><h1>" + status
                + " Service Temporarily Unavailable</h1></body></html>\n";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private Reply json(int status, Object body) throws IOException {
        try {
            return new Reply(status, "application/json", mapper.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IOException("Failed to serialise the response body for status " + status, e);
        }
    }

    private static void write(HttpExchange exchange, Reply reply) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        // -1 announces an empty body; 0 would mean chunked encoding to the JDK server.
        exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
        if (reply.body().length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> result = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return result;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            result.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return result;
    }
}

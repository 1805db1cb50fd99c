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

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Instant wallTime = wallClock.instant();
        Instant simulatedTime = state.clock().now();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        int status = 0;
        try (exchange) {
            byte[] body = readBody(exchange.getRequestBody());
            status = respond(exchange, method, path, query, body);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Failed to answer {} {}", method, path, e);
            throw e;
        } catch (InterruptedException e) {
            // The server is stopping while a delay fault waits; drop the request without a response.
            Thread.currentThread().interrupt();
        } finally {
            eventLog.addRequest(new RecordedRequest(method, path, query, status, simulatedTime, wallTime));
        }
    }

    private int respond(HttpExchange exchange, String method, String path, String query, byte[] body)
            throws IOException, InterruptedException {
        String relativePath = path.startsWith(BASE_PATH) ? path.substring(BASE_PATH.length()) : path;
        Optional<Fault> fault = faults.select(method, relativePath);
        if (fault.isPresent()) {
            Fault selected = fault.get();
            LOG.debug("Applying fault '{}' to {} {}", selected, method, path);
            if (selected.kind() != Fault.Kind.DELAY) {
                return writeFault(exchange, selected);
            }
            Thread.sleep(selected.delayDuration().toMillis());
        }

        if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return writeJson(exchange, INVALID_API_KEY.status(), INVALID_API_KEY.body());
        }
        if (generalLimiter != null && !generalLimiter.tryAcquire()) {
            return writeJson(exchange, RATE_LIMITED.status(), RATE_LIMITED.body());
        }
        if (launchLimiter != null && "POST".equals(method) && "/instance-operations/launch".equals(relativePath)
                && !launchLimiter.tryAcquire()) {
            return writeJson(exchange, RATE_LIMITED.status(), RATE_LIMITED.body());
        }

        try {
            if (!path.startsWith(BASE_PATH + "/")) {
                throw new ApiError(404, "global/not-found", "The requested resource was not found.", null);
            }
            Object data = routes.dispatch(method, relativePath, parseQuery(query), body);
            return writeJson(exchange, 200, data instanceof Payloads.AuditPage ? data : new Payloads.DataBody(data));
        } catch (ApiError e) {
            return writeJson(exchange, e.status(), e.body());
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

    private int writeFault(HttpExchange exchange, Fault fault) throws IOException {
        switch (fault.kind()) {
            case CLOSE_CONNECTION -> {
                // Closing the exchange before sendResponseHeaders makes the JDK server drop the connection.
                return 0;
            }
            case JSON_ERROR -> {
                return writeJson(exchange, fault.status(),
                        new Payloads.ErrorBody(new Payloads.ErrorDetail(fault.code(), fault.text(), null)));
            }
            case HTML_PAGE -> {
                String html = "<html><head><title>" + fault.status() + "</title></head><body><h1>" + fault.status()
                        + " Service Temporarily Unavailable</h1></body></html>\n";
                return write(exchange, fault.status(), "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
            }
            case EMPTY_BODY -> {
                return write(exchange, fault.status(), "application/json", new byte[0]);
            }
            case NON_JSON_BODY -> {
                return write(exchange, fault.status(), "text/plain; charset=utf-8",
                        fault.text().getBytes(StandardCharsets.UTF_8));
            }
            case EMPTY_JSON_OBJECT -> {
                return write(exchange, fault.status(), "application/json", "{}".getBytes(StandardCharsets.UTF_8));
            }
            case DELAY -> throw new IllegalStateException("A delay fault writes no response of its own");
        }
        throw new IllegalStateException("Unhandled fault kind " + fault.kind());
    }

    private int writeJson(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IOException("Failed to serialise the response body for status " + status, e);
        }
        return write(exchange, status, "application/json", json);
    }

    private static int write(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        // -1 announces an empty body; 0 would mean chunked encoding to the JDK server.
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        return status;
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

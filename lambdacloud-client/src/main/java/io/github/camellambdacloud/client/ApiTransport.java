package io.github.camellambdacloud.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.net.URIBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path every API request takes: wait for a rate-limit slot, build the request, send it, retry what is safe to
 * retry, and map a success to its body and any failure to a {@link LambdaCloudException}. The connection is always released, because HttpClient's response
 * handler form closes the response whatever the handler does.
 */
final class ApiTransport {

    private static final Logger LOG = LoggerFactory.getLogger(ApiTransport.class);

    private static final String LAUNCH_PATH = "/instance-operations/launch";
    // A longer Retry-After than a day is treated as a day; no retry policy waits that long anyway.
    private static final long MAX_RETRY_AFTER_SECONDS = 86_400;
    private static final int MAX_ERROR_BODY_BYTES = 64 * 1024;
    private static final int MAX_EXCERPT_CHARACTERS = 200;

    private final CloseableHttpClient httpClient;
    private final ObjectMapper objectMapper;
    private final ObjectReader errorReader;
    private final String baseUrl;
    private final String authorization;
    private final String userAgent;
    private final List<String> secrets;
    private final LambdaCloudRateLimiter rateLimiter;
    private final RetryPolicy retryPolicy;

    /**
     * Creates the transport.
     *
     * @param secrets strings removed from error texts before they reach an exception, because a proxy or server
     *     may echo the request's headers: the API key and the encoded credentials sent for it
     */
    ApiTransport(
            CloseableHttpClient httpClient,
            ObjectMapper objectMapper,
            String baseUrl,
            String authorization,
            String userAgent,
            List<String> secrets,
            LambdaCloudRateLimiter rateLimiter,
            RetryPolicy retryPolicy) {
        this.httpClient = httpClient;
        this.objectMapper = objectMapper;
        this.errorReader = objectMapper.readerFor(ErrorEnvelope.class);
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        this.userAgent = userAgent;
        this.secrets = List.copyOf(secrets);
        this.rateLimiter = rateLimiter;
        this.retryPolicy = retryPolicy;
    }

    /**
     * Sends a request, waiting for a rate-limit slot before each attempt and retrying as the {@link RetryPolicy}
     * allows, and returns the parsed body.
     *
     * @param method the HTTP method
     * @param path the path below the base URL; ids in it must have passed {@link RequestValidation}
     * @param query query parameters; may be empty
     * @param body the object to send as JSON, or null for none
     * @param responseReader reads the whole success body, envelope included
     */
    <T> T send(String method, String path, List<NameValuePair> query, Object body, ObjectReader responseReader) {
        boolean launch = method.equals("POST") && path.equals(LAUNCH_PATH);
        long firstAttemptStarted = System.nanoTime();

        for (int attempt = 1; ; attempt++) {
            awaitRateLimitSlot(method, path, launch);
            try {
                return sendOnce(method, path, query, body, responseReader);
            } catch (LambdaCloudException e) {
                Duration backoff = backoffBeforeRetry(method, e, attempt, firstAttemptStarted);
                if (backoff == null) {
                    throw e;
                }
                LOG.info("Retrying {} {} in {} ms after attempt {} of {} failed: {}", method, path,
                        backoff.toMillis(), attempt, retryPolicy.maxAttempts(), e.getMessage());
                pause(method, path, backoff);
            }
        }
    }

    /** Returns the wait before the next attempt, or null when the failure must go to the caller. */
    private Duration backoffBeforeRetry(String method, LambdaCloudException failure, int attempt, long firstStarted) {
        if (attempt >= retryPolicy.maxAttempts() || !isSafeToRetry(method, failure)) {
            return null;
        }
        Duration retryAfter = failure instanceof LambdaCloudApiException api ? api.retryAfter() : null;
        Duration backoff = retryPolicy.backoffAfter(attempt, retryAfter);
        // Compared with the time left rather than added to the time spent, so a huge Retry-After cannot overflow.
        Duration timeLeft = retryPolicy.maxElapsed().minusNanos(System.nanoTime() - firstStarted);
        return backoff.compareTo(timeLeft) > 0 ? null : backoff;
    }

    /**
     * Reads and writes that carry their whole content may be resent after any retryable failure. Other writes only
     * when the server certainly did not apply them: a 429, or a connection that was never established.
     */
    static boolean isSafeToRetry(String method, LambdaCloudException failure) {
        if (!failure.isRetryable()) {
            return false;
        }
        if (method.equals("GET") || method.equals("PUT") || method.equals("PATCH")) {
            return true;
        }
        if (failure instanceof LambdaCloudApiException api) {
            return api.isRateLimited();
        }
        return failure instanceof LambdaCloudTransportException transport && !transport.requestMayHaveBeenProcessed();
    }

    private void awaitRateLimitSlot(String method, String path, boolean launch) {
        try {
            Duration waited = rateLimiter.acquire(launch);
            if (!waited.isZero()) {
                LOG.debug("{} {} waited {} ms for a rate-limit slot", method, path, waited.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LambdaCloudTransportException(method, path, false,
                    new InterruptedIOException("Interrupted while waiting for a rate-limit slot"));
        }
    }

    private void pause(String method, String path, Duration backoff) {
        try {
            TimeUnit.NANOSECONDS.sleep(backoff.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LambdaCloudTransportException(method, path, false,
                    new InterruptedIOException("Interrupted while waiting to retry"));
        }
    }

    private <T> T sendOnce(String method, String path, List<NameValuePair> query, Object body, ObjectReader reader) {
        HttpUriRequestBase request = buildRequest(method, path, query, body);

        long started = System.nanoTime();
        try {
            T result = httpClient.execute(request, response -> handle(method, path, response, reader));
            LOG.debug("{} {} succeeded in {} ms", method, path, elapsedMillis(started));
            return result;
        } catch (LambdaCloudApiException e) {
            LOG.debug("{} {} failed in {} ms with HTTP {} {}", method, path, elapsedMillis(started), e.statusCode(),
                    e.errorCode());
            throw e;
        } catch (IOException e) {
            LOG.debug("{} {} failed in {} ms: {}", method, path, elapsedMillis(started), e.toString());
            throw new LambdaCloudTransportException(method, path, mayHaveBeenProcessed(e), e);
        }
    }

    private HttpUriRequestBase buildRequest(String method, String path, List<NameValuePair> query, Object body) {
        URI uri;
        try {
            // Without a query the string is parsed once, as HttpGet(String) does, because URIBuilder parses it,
            // splits it and builds it again, which cost a few microseconds on every request.
            uri = query == null || query.isEmpty()
                    ? new URI(baseUrl + path)
                    : new URIBuilder(baseUrl + path).addParameters(query).build();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("Invalid request path " + path + ": " + e.getMessage(), e);
        }

        HttpUriRequestBase request = new HttpUriRequestBase(method, uri);
        request.setHeader(HttpHeaders.AUTHORIZATION, authorization);
        request.setHeader(HttpHeaders.ACCEPT, ContentType.APPLICATION_JSON.getMimeType());
        request.setHeader(HttpHeaders.USER_AGENT, userAgent);

        if (body != null) {
            byte[] json = writeJson(body);
            if (LOG.isTraceEnabled()) {
                LOG.trace("{} {} request body: {}", method, path,
                        Redaction.redactJson(new String(json, StandardCharsets.UTF_8)));
            }
            request.setEntity(new ByteArrayEntity(json, ContentType.APPLICATION_JSON));
        }
        return request;
    }

    private byte[] writeJson(Object body) {
        try {
            return objectMapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Failed to write " + body.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    private <T> T handle(String method, String path, ClassicHttpResponse response, ObjectReader responseReader)
            throws IOException {
        int status = response.getCode();
        HttpEntity entity = response.getEntity();
        if (status < 200 || status >= 300) {
            throw toApiException(method, path, response, readLimited(entity));
        }

        if (LOG.isTraceEnabled()) {
            byte[] bytes = entity == null ? new byte[0] : entity.getContent().readAllBytes();
            LOG.trace("{} {} response body: {}", method, path,
                    Redaction.redactJson(new String(bytes, StandardCharsets.UTF_8)));
            return parseSuccess(method, path, status, bytes, responseReader);
        }
        if (entity == null) {
            throw invalidSuccessBody(method, path, status, "", null);
        }
        try (InputStream content = entity.getContent()) {
            return parseSuccess(method, path, status, content, responseReader);
        }
    }

    private <T> T parseSuccess(String method, String path, int status, Object source, ObjectReader reader)
            throws IOException {
        try {
            T value = source instanceof byte[] bytes ? reader.readValue(bytes) : reader.readValue((InputStream) source);
            if (value == null) {
                throw invalidSuccessBody(method, path, status, "it is empty", null);
            }
            if (value instanceof Envelope envelope && envelope.problem() != null) {
                throw invalidSuccessBody(method, path, status, envelope.problem(), null);
            }
            return value;
        } catch (JsonProcessingException e) {
            throw invalidSuccessBody(method, path, status, e.getOriginalMessage(), e);
        }
    }

    private static LambdaCloudApiException invalidSuccessBody(
            String method, String path, int status, String problem, Throwable cause) {
        return new LambdaCloudApiException(method, path, status, null,
                "The response body is not the JSON the API documents" + (problem.isEmpty() ? "." : ": " + problem),
                null, Map.of(), null, null, cause);
    }

    private LambdaCloudApiException toApiException(
            String method, String path, ClassicHttpResponse response, byte[] body) {
        Duration retryAfter = parseRetryAfter(response.getFirstHeader(HttpHeaders.RETRY_AFTER));
        ErrorEnvelope envelope = parseError(body);
        // An error object with a message but no code is still more useful than an excerpt of the raw body.
        if (envelope == null || envelope.error() == null
                || (envelope.error().code() == null && envelope.error().message() == null)) {
            return new LambdaCloudApiException(method, path, response.getCode(), null, null, null, Map.of(),
                    excerpt(body), retryAfter, null);
        }

        ErrorEnvelope.Error error = envelope.error();
        return new LambdaCloudApiException(method, path, response.getCode(), removeSecrets(error.code()),
                removeSecrets(error.message()), removeSecrets(error.suggestion()), removeSecrets(envelope.fieldErrors()),
                null,
                retryAfter, null);
    }

    private ErrorEnvelope parseError(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return errorReader.readValue(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] readLimited(HttpEntity entity) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        try (InputStream content = entity.getContent()) {
            return content == null ? new byte[0] : content.readNBytes(MAX_ERROR_BODY_BYTES);
        }
    }

    private String excerpt(byte[] body) {
        String text = removeSecrets(new String(body, StandardCharsets.UTF_8)).replaceAll("\\s+", " ").strip();
        return text.length() <= MAX_EXCERPT_CHARACTERS ? text : text.substring(0, MAX_EXCERPT_CHARACTERS) + "...";
    }

    private Map<String, FieldError> removeSecrets(Map<String, FieldError> fieldErrors) {
        if (fieldErrors == null) {
            return Map.of();
        }
        Map<String, FieldError> cleaned = new java.util.LinkedHashMap<>();
        fieldErrors.forEach((field, error) -> {
            if (field != null && error != null) {
                cleaned.put(removeSecrets(field), new FieldError(removeSecrets(error.code()),
                        removeSecrets(error.message()), removeSecrets(error.suggestion())));
            }
        });
        return cleaned;
    }

    private String removeSecrets(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text;
        for (String secret : secrets) {
            cleaned = cleaned.replace(secret, "[redacted]");
        }
        return cleaned;
    }

    private static Duration parseRetryAfter(Header header) {
        if (header == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(header.getValue().trim());
            return seconds >= 0 ? Duration.ofSeconds(Math.min(seconds, MAX_RETRY_AFTER_SECONDS)) : null;
        } catch (NumberFormatException e) {
            // NOTE: the HTTP-date form of Retry-After is ignored; the API is not known to send either form.
            return null;
        }
    }

    private static boolean mayHaveBeenProcessed(IOException e) {
        return !(e instanceof ConnectException
                || e instanceof ConnectTimeoutException
                || e instanceof UnknownHostException
                || e instanceof SSLHandshakeException);
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** A success body that wraps its payload, which must be present and usable. */
    interface Envelope {

        /** Returns what makes the body unusable, such as a missing data field, or null when it is usable. */
        String problem();
    }

    /** The error body: {@code {"error": {...}}}, with per-field errors beside it in older API versions. */
    record ErrorEnvelope(Error error, Map<String, FieldError> fieldErrors) {

        record Error(String code, String message, String suggestion) {}
    }
}

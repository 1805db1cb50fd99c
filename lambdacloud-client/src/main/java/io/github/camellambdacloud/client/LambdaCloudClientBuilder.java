package io.github.camellambdacloud.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/** Builds a {@link LambdaCloudClient}. Only the API key is required. */
public final class LambdaCloudClientBuilder {

    /** The default limit for establishing a connection. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The default limit for waiting on response data; launch responds within seconds, listing within one. */
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(60);
    /** The default connection pool size; the API allows about one request per second, so few are needed. */
    public static final int DEFAULT_MAX_CONNECTIONS = 10;

    private String apiKey;
    private String baseUrl = LambdaCloudClient.DEFAULT_BASE_URL;
    private AuthScheme authScheme = AuthScheme.BEARER;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration responseTimeout = DEFAULT_RESPONSE_TIMEOUT;
    private int maxConnections = DEFAULT_MAX_CONNECTIONS;
    private boolean allowInsecureHttp;
    private CloseableHttpClient httpClient;
    private ObjectMapper objectMapper;
    private String userAgent = "camel-lambdacloud";
    private LambdaCloudRateLimiter rateLimiter;
    private Duration requestInterval = LambdaCloudRateLimiter.DEFAULT_REQUEST_INTERVAL;
    private Duration launchInterval = LambdaCloudRateLimiter.DEFAULT_LAUNCH_INTERVAL;
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;

    LambdaCloudClientBuilder() {}

    /** Sets the API key, which is sent in the {@code Authorization} header and nowhere else. */
    public LambdaCloudClientBuilder apiKey(String apiKey) {
        this.apiKey = apiKey;
        return this;
    }

    /** Sets the base URL; the default is {@value LambdaCloudClient#DEFAULT_BASE_URL}. */
    public LambdaCloudClientBuilder baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
        return this;
    }

    /** Sets how the key is sent; the default is {@link AuthScheme#BEARER}. */
    public LambdaCloudClientBuilder authScheme(AuthScheme authScheme) {
        this.authScheme = Objects.requireNonNull(authScheme, "authScheme");
        return this;
    }

    /** Sets the limit for establishing a connection. */
    public LambdaCloudClientBuilder connectTimeout(Duration connectTimeout) {
        this.connectTimeout = requirePositive("connect timeout", connectTimeout);
        return this;
    }

    /** Sets the limit for waiting on response data after a request was sent. */
    public LambdaCloudClientBuilder responseTimeout(Duration responseTimeout) {
        this.responseTimeout = requirePositive("response timeout", responseTimeout);
        return this;
    }

    /** Sets the connection pool size. */
    public LambdaCloudClientBuilder maxConnections(int maxConnections) {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("Invalid maxConnections " + maxConnections + ": use 1 or more.");
        }
        this.maxConnections = maxConnections;
        return this;
    }

    /**
     * Allows a plain-HTTP base URL to a host other than the loopback interface. Off by default, because the key would
     * cross the network in clear text; plain HTTP to 127.0.0.1, ::1 or localhost is always allowed for simulators.
     */
    public LambdaCloudClientBuilder allowInsecureHttp(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
        return this;
    }

    /**
     * Uses an HTTP client you configured and will close yourself; the timeouts and pool size set here then do not
     * apply. Disable its automatic retries and redirects, or requests may be sent more often than intended.
     */
    public LambdaCloudClientBuilder httpClient(CloseableHttpClient httpClient) {
        this.httpClient = httpClient;
        return this;
    }

    /** Uses another Jackson mapper; start from {@link JsonMapping#newObjectMapper()} so the API's JSON still maps. */
    public LambdaCloudClientBuilder objectMapper(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
        return this;
    }

    /** Sets the {@code User-Agent} header. */
    public LambdaCloudClientBuilder userAgent(String userAgent) {
        this.userAgent = RequestValidation.requireNotBlank("user agent", userAgent);
        return this;
    }

    /**
     * Sets the minimum spacing between any two requests; the default is the API's limit of one per second. Zero
     * turns the spacing off, for a local simulator. Ignored when {@link #rateLimiter} is set.
     */
    public LambdaCloudClientBuilder requestInterval(Duration requestInterval) {
        this.requestInterval = requireNotNegative("request interval", requestInterval);
        return this;
    }

    /**
     * Sets the minimum spacing between two launches; the default is the API's limit of one every 12 seconds. Ignored
     * when {@link #rateLimiter} is set.
     */
    public LambdaCloudClientBuilder launchInterval(Duration launchInterval) {
        this.launchInterval = requireNotNegative("launch interval", launchInterval);
        return this;
    }

    /**
     * Uses this rate limiter. By default every client for the same API key and intervals in the JVM shares one, so
     * endpoints, consumers and plain clients together stay within the account's limits.
     */
    public LambdaCloudClientBuilder rateLimiter(LambdaCloudRateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
        return this;
    }

    /** Sets how failed requests are retried; the default is {@link RetryPolicy#DEFAULT}. */
    public LambdaCloudClientBuilder retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return this;
    }

    /** Builds the client, or throws {@link IllegalArgumentException} naming the invalid setting. */
    public LambdaCloudClient build() {
        // A key read from a file or an environment variable often ends with a newline.
        String key = apiKey == null ? "" : apiKey.strip();
        if (key.isEmpty()) {
            throw new IllegalArgumentException("Missing API key: set it with apiKey(...). Create a key in the"
                    + " Lambda Cloud console under API keys.");
        }
        if (key.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException("Invalid API key: it contains white space or control characters,"
                    + " which an Authorization header cannot carry. Copy the key again from the Lambda Cloud"
                    + " console; the value is not shown here because it is a secret.");
        }
        String normalizedBaseUrl = validateBaseUrl(baseUrl, allowInsecureHttp);
        LambdaCloudClientSettings settings = new LambdaCloudClientSettings(
                normalizedBaseUrl, authScheme, connectTimeout, responseTimeout, maxConnections);

        CloseableHttpClient client = httpClient;
        CloseableHttpClient owned = null;
        if (client == null) {
            client = createHttpClient(settings);
            owned = client;
        }
        ObjectMapper mapper = objectMapper == null ? JsonMapping.newObjectMapper() : objectMapper;

        LambdaCloudRateLimiter limiter = rateLimiter != null
                ? rateLimiter
                : LambdaCloudRateLimiter.sharedFor(key, requestInterval, launchInterval);

        String credentials = credentials(key);
        // Both encodings are removed from error texts whichever scheme is used, because either one reveals the key.
        String basicCredentials = Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
        ApiTransport transport = new ApiTransport(client, mapper, normalizedBaseUrl,
                authScheme == AuthScheme.BEARER ? "Bearer " + credentials : "Basic " + credentials,
                userAgent, List.of(key, basicCredentials), limiter, retryPolicy);
        Duration registeredRequestInterval = requestInterval;
        Duration registeredLaunchInterval = launchInterval;
        Runnable releaseLimiter = rateLimiter != null
                ? () -> {}
                : () -> limiter.release(registeredRequestInterval, registeredLaunchInterval);
        return new LambdaCloudClient(settings, transport, owned, mapper, releaseLimiter);
    }

    private String credentials(String key) {
        return switch (authScheme) {
            case BEARER -> key;
            case BASIC -> Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
        };
    }

    private static CloseableHttpClient createHttpClient(LambdaCloudClientSettings settings) {
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.responseTimeout()))
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .build())
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .build();

        // Retries are the caller's decision: a resent launch can start a second billed instance.
        return HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                        .setConnectionRequestTimeout(Timeout.of(settings.responseTimeout()))
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .build();
    }

    static String validateBaseUrl(String baseUrl, boolean allowInsecureHttp) {
        RequestValidation.requireNotBlank("base URL", baseUrl);
        URI uri;
        try {
            uri = new URI(baseUrl.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Invalid base URL '" + baseUrl + "': " + e.getMessage()
                    + ". Use an absolute URL such as " + LambdaCloudClient.DEFAULT_BASE_URL + ".", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new IllegalArgumentException("Invalid base URL '" + baseUrl
                    + "': use an absolute http or https URL such as " + LambdaCloudClient.DEFAULT_BASE_URL + ".");
        }
        if (uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("Invalid base URL '" + uri.getScheme() + "://" + uri.getHost()
                    + "...': it must not contain user info, a query or a fragment. Pass the key with apiKey(...).");
        }
        if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("Insecure base URL '" + baseUrl + "': plain HTTP would send the API"
                    + " key in clear text to " + uri.getHost() + ". Use https, or allow plain HTTP explicitly with"
                    + " allowInsecureHttp(true) on the client builder (allowInsecureHttp=true on a lambdacloud"
                    + " endpoint).");
        }
        String normalized = uri.toString();
        return normalized.endsWith("/") ? normalized.substring(0, normalized.length() - 1) : normalized;
    }

    private static boolean isLoopback(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return bare.equalsIgnoreCase("localhost") || bare.equals("::1") || bare.matches("127(\\.\\d{1,3}){3}");
    }

    private static Duration requireNotNegative(String name, Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException("Invalid " + name + " " + value + ": use zero or a positive duration.");
        }
        return value;
    }

    private static Duration requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("Invalid " + name + " " + value + ": use a positive duration.");
        }
        return value;
    }
}

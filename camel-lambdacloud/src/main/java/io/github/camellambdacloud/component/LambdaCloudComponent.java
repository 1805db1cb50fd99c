package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.ApiKeyFingerprint;
import io.github.camellambdacloud.client.AuthScheme;
import io.github.camellambdacloud.client.LambdaCloudClient;
import io.github.camellambdacloud.client.RetryPolicy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code lambdacloud} component. Endpoints with the same key, base URL and connection settings share one client
 * and its connection pool. The component closes the clients it built when it stops.
 */
@Component("lambdacloud")
public class LambdaCloudComponent extends HealthCheckComponent {

    private static final Logger LOG = LoggerFactory.getLogger(LambdaCloudComponent.class);

    @Metadata
    private LambdaCloudConfiguration configuration = new LambdaCloudConfiguration();

    private final Map<ClientKey, LambdaCloudClient> clients = new ConcurrentHashMap<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        LambdaCloudResource resource = LambdaCloudResource.fromUriName(remaining);
        checkOperation(resource, parameters.get("operation"));

        LambdaCloudConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setResource(resource.uriName());
        LambdaCloudEndpoint endpoint = new LambdaCloudEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /**
     * Rejects an operation option whose value names no operation, listing the resource's operations. Without this
     * check Camel reports only its enum conversion error. A {@code #bean} reference is left to Camel's property
     * binding.
     */
    private void checkOperation(LambdaCloudResource resource, Object operation) {
        if (operation instanceof String text && !text.startsWith("#")
                && getCamelContext().getTypeConverter().tryConvertTo(LambdaCloudOperation.class, text) == null) {
            throw new IllegalArgumentException("Invalid operation '" + text + "' for lambdacloud:" + resource.uriName()
                    + ": use one of " + ApiCall.operationsOf(resource) + ".");
        }
    }

    public LambdaCloudConfiguration getConfiguration() {
        return configuration;
    }

    /** The component-wide defaults for every endpoint option; endpoint URI options override them. */
    public void setConfiguration(LambdaCloudConfiguration configuration) {
        this.configuration = configuration;
    }

    /**
     * Returns the client for an endpoint's settings: the configured client if there is one, otherwise a shared client
     * built on first use.
     */
    LambdaCloudClient clientFor(LambdaCloudConfiguration settings) {
        if (settings.getLambdaCloudClient() != null) {
            return settings.getLambdaCloudClient();
        }
        if (settings.getApiKey() == null || settings.getApiKey().isBlank()) {
            throw new IllegalArgumentException("Missing apiKey for lambdacloud:" + settings.getResource()
                    + ": set it on the endpoint (apiKey={{lambdacloud.api-key}}), on the component"
                    + " (camel.component.lambdacloud.api-key), or bind a LambdaCloudClient bean.");
        }
        return clients.computeIfAbsent(ClientKey.of(settings), key -> {
            LOG.info("Creating Lambda Cloud client for {}", settings.getBaseUrl());
            return LambdaCloudClient.builder()
                    .apiKey(settings.getApiKey())
                    .baseUrl(settings.getBaseUrl())
                    .authScheme(settings.getAuthScheme())
                    .allowInsecureHttp(settings.isAllowInsecureHttp())
                    .connectTimeout(Duration.ofMillis(settings.getConnectTimeout()))
                    .responseTimeout(Duration.ofMillis(settings.getResponseTimeout()))
                    .requestInterval(Duration.ofMillis(settings.getRequestInterval()))
                    .launchInterval(Duration.ofMillis(settings.getLaunchInterval()))
                    .retryPolicy(key.retryPolicy())
                    .build();
        });
    }

    @Override
    protected void doStop() throws Exception {
        for (LambdaCloudClient client : clients.values()) {
            client.close();
        }
        clients.clear();
        super.doStop();
    }

    private static RetryPolicy retryPolicyOf(LambdaCloudConfiguration settings) {
        return new RetryPolicy(settings.getRetryMaxAttempts(), Duration.ofMillis(settings.getRetryInitialBackoff()),
                Duration.ofMillis(settings.getRetryMaxBackoff()), 2.0, Duration.ofMillis(settings.getRetryMaxElapsed()));
    }

    /** Identifies clients that can be shared. It keeps a fingerprint of the API key, never the key itself. */
    private record ClientKey(
            String apiKeyFingerprint,
            String baseUrl,
            AuthScheme authScheme,
            boolean allowInsecureHttp,
            long connectTimeout,
            long responseTimeout,
            long requestInterval,
            long launchInterval,
            RetryPolicy retryPolicy) {

        static ClientKey of(LambdaCloudConfiguration settings) {
            return new ClientKey(ApiKeyFingerprint.of(settings.getApiKey()), settings.getBaseUrl(),
                    settings.getAuthScheme(), settings.isAllowInsecureHttp(), settings.getConnectTimeout(),
                    settings.getResponseTimeout(), settings.getRequestInterval(), settings.getLaunchInterval(),
                    retryPolicyOf(settings));
        }
    }
}

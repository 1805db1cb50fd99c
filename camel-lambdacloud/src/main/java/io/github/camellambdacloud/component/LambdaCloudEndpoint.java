package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.LambdaCloudClient;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;

/** Manage Lambda Cloud GPU instances, SSH keys, file systems, images and firewalls, and react to status changes. */
@UriEndpoint(
        firstVersion = "0.1.0",
        scheme = "lambdacloud",
        title = "Lambda Cloud",
        syntax = "lambdacloud:resource",
        category = {Category.CLOUD, Category.MANAGEMENT},
        headersClass = LambdaCloudConstants.class)
public class LambdaCloudEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    /**
     * The consumer's default poll interval. The API allows about one request per second for the whole account, and
     * producers share that budget, so the consumer polls far less often than Camel's 500 ms default.
     */
    static final long DEFAULT_POLL_DELAY_MILLIS = TimeUnit.SECONDS.toMillis(10);

    @UriParam
    private LambdaCloudConfiguration configuration;

    private LambdaCloudClient client;
    private volatile ResolvedResource resolvedResource;

    LambdaCloudEndpoint(String uri, LambdaCloudComponent component, LambdaCloudConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public LambdaCloudComponent getComponent() {
        return (LambdaCloudComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        return new LambdaCloudProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (resource() != LambdaCloudResource.INSTANCES) {
            throw new IllegalArgumentException("Unsupported consumer lambdacloud:" + configuration.getResource()
                    + ": only lambdacloud:instances can be consumed, as a stream of instance status changes.");
        }
        LambdaCloudInstanceConsumer consumer = new LambdaCloudInstanceConsumer(this, processor);
        consumer.setDelay(DEFAULT_POLL_DELAY_MILLIS);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doStart() throws Exception {
        ConfigurationCheck.check(configuration);
        client = getComponent().clientFor(configuration);
        super.doStart();
    }

    public LambdaCloudConfiguration getConfiguration() {
        return configuration;
    }

    /** The endpoint's options. */
    public void setConfiguration(LambdaCloudConfiguration configuration) {
        this.configuration = configuration;
    }

    /** Returns the client this endpoint sends requests with; available once the endpoint has started. */
    public LambdaCloudClient getClient() {
        return client;
    }

    LambdaCloudResource resource() {
        String name = configuration.getResource();
        ResolvedResource resolved = resolvedResource;
        if (resolved == null || !resolved.name().equals(name)) {
            // Parsed again only when the resource option changed, because the producer asks for every message.
            resolved = new ResolvedResource(name, LambdaCloudResource.fromUriName(name));
            resolvedResource = resolved;
        }
        return resolved.resource();
    }

    /** The resource option's value and the resource it names. */
    private record ResolvedResource(String name, LambdaCloudResource resource) {}

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return configuration.getBaseUrl().startsWith("http:") ? "http" : "https";
    }
}

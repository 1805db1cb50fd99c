package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.AuthScheme;
import io.github.camellambdacloud.client.InstanceLauncher;
import io.github.camellambdacloud.client.LambdaCloudClient;
import io.github.camellambdacloud.client.LambdaCloudClientBuilder;
import io.github.camellambdacloud.client.LambdaCloudRateLimiter;
import io.github.camellambdacloud.client.RetryPolicy;
import io.github.camellambdacloud.client.WaitSettings;
import java.time.Clock;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/** Options of a {@code lambdacloud} endpoint; the component keeps the defaults for all of them. */
@UriParams
public class LambdaCloudConfiguration implements Cloneable {

    @UriPath(enums = LambdaCloudResource.URI_NAMES)
    @Metadata(required = true)
    private String resource;

    @UriParam(label = "producer", defaultValue = "list")
    private LambdaCloudOperation operation = LambdaCloudOperation.list;

    @UriParam(label = "security", secret = true)
    private String apiKey;

    @UriParam(label = "security", defaultValue = "BEARER")
    private AuthScheme authScheme = AuthScheme.BEARER;

    @UriParam(label = "security", defaultValue = "false")
    private boolean allowInsecureHttp;

    @UriParam(label = "advanced", defaultValue = LambdaCloudClient.DEFAULT_BASE_URL)
    private String baseUrl = LambdaCloudClient.DEFAULT_BASE_URL;

    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration")
    private long connectTimeout = LambdaCloudClientBuilder.DEFAULT_CONNECT_TIMEOUT.toMillis();

    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration")
    private long responseTimeout = LambdaCloudClientBuilder.DEFAULT_RESPONSE_TIMEOUT.toMillis();

    @UriParam(label = "advanced", defaultValue = "1000", javaType = "java.time.Duration")
    private long requestInterval = LambdaCloudRateLimiter.DEFAULT_REQUEST_INTERVAL.toMillis();

    @UriParam(label = "advanced", defaultValue = "12000", javaType = "java.time.Duration")
    private long launchInterval = LambdaCloudRateLimiter.DEFAULT_LAUNCH_INTERVAL.toMillis();

    @UriParam(label = "advanced", defaultValue = "4")
    private int retryMaxAttempts = RetryPolicy.DEFAULT.maxAttempts();

    @UriParam(label = "advanced", defaultValue = "1000", javaType = "java.time.Duration")
    private long retryInitialBackoff = RetryPolicy.DEFAULT.initialBackoff().toMillis();

    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration")
    private long retryMaxBackoff = RetryPolicy.DEFAULT.maxBackoff().toMillis();

    @UriParam(label = "advanced", defaultValue = "120000", javaType = "java.time.Duration")
    private long retryMaxElapsed = RetryPolicy.DEFAULT.maxElapsed().toMillis();

    @UriParam(label = "advanced")
    @Metadata(autowired = true)
    private LambdaCloudClient lambdaCloudClient;

    @UriParam(label = "producer")
    private String instanceId;

    @UriParam(label = "producer")
    private String regionName;

    @UriParam(label = "producer")
    private String instanceTypeName;

    @UriParam(label = "producer")
    private String sshKeyName;

    @UriParam(label = "producer")
    private String imageFamily;

    @UriParam(label = "producer")
    private String clusterId;

    @UriParam(label = "producer", defaultValue = "1")
    private int auditEventMaxPages = 1;

    @UriParam(label = "producer", defaultValue = "false")
    private boolean dryRun;

    @UriParam(label = "producer")
    private Integer maxPriceCentsPerHour;

    @UriParam(label = "producer")
    private Integer maxRunningInstances;

    @UriParam(label = "producer,advanced", defaultValue = "60000", javaType = "java.time.Duration")
    private long launchReconcileTimeout = InstanceLauncher.DEFAULT_RECONCILE_TIMEOUT.toMillis();

    @UriParam(label = "producer", defaultValue = "false")
    private boolean waitForActive;

    @UriParam(label = "producer", defaultValue = "false")
    private boolean waitForTermination;

    @UriParam(label = "producer", defaultValue = "1800000", javaType = "java.time.Duration")
    private long waitTimeout = WaitSettings.DEFAULT.timeout().toMillis();

    @UriParam(label = "producer,advanced", defaultValue = "10000", javaType = "java.time.Duration")
    private long waitPollInterval = WaitSettings.DEFAULT.pollInterval().toMillis();

    @UriParam(label = "producer,advanced", defaultValue = "300000", javaType = "java.time.Duration")
    private long unhealthyTimeout = WaitSettings.DEFAULT.unhealthyTimeout().toMillis();

    @UriParam(label = "consumer", defaultValue = "false")
    private boolean emitInitialState;

    @UriParam(label = "consumer,filter")
    private String statusFilter;

    @UriParam(label = "consumer,filter")
    private String regionFilter;

    @UriParam(label = "consumer,filter")
    private String instanceTypeFilter;

    @UriParam(label = "consumer,filter")
    private String namePattern;

    @UriParam(label = "consumer,filter")
    private String tagFilter;

    @UriParam(label = "consumer,advanced")
    private StateRepository<String, String> stateRepository;

    @UriParam(label = "consumer,advanced")
    private String stateKey;

    @UriParam(label = "consumer,advanced", defaultValue = "3")
    private int maxConfirmationsPerPoll = 3;

    @UriParam(label = "consumer,advanced")
    private Clock clock;

    public String getResource() {
        return resource;
    }

    /**
     * The API resource: instances, instance-types, ssh-keys, file-systems, images, regions, firewall-rules,
     * firewall-rulesets or audit-events. Only instances supports a consumer.
     */
    public void setResource(String resource) {
        this.resource = resource;
    }

    public LambdaCloudOperation getOperation() {
        return operation;
    }

    /**
     * The operation a producer performs on the resource, such as list, get, launch or terminate. The
     * CamelLambdaCloudOperation header overrides it per message.
     */
    public void setOperation(LambdaCloudOperation operation) {
        this.operation = operation;
    }

    public String getApiKey() {
        return apiKey;
    }

    /**
     * The Lambda Cloud API key. It is sent only in the Authorization header and masked in logged URIs; prefer a
     * property placeholder such as {{lambdacloud.api-key}} over a literal in the route.
     */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public AuthScheme getAuthScheme() {
        return authScheme;
    }

    /** How the API key is sent: BEARER (recommended) or BASIC, with the key as user name and an empty password. */
    public void setAuthScheme(AuthScheme authScheme) {
        this.authScheme = authScheme;
    }

    public boolean isAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    /**
     * Whether a plain-HTTP base URL to a host other than 127.0.0.1, ::1 or localhost is allowed. Off, because the key
     * would cross the network in clear text.
     */
    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /** The base URL of the API; point it at the embedded simulator in tests. */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /** The time limit for establishing a connection to the API, in milliseconds (or a duration such as 10s). */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    /** The time limit for waiting on response data after a request was sent, in milliseconds (or a duration). */
    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public long getRequestInterval() {
        return requestInterval;
    }

    /**
     * The minimum spacing between two requests with the same API key in this JVM, in milliseconds; the API allows
     * about one per second. Requests wait for their turn instead of failing. Set 0 only for a local simulator.
     */
    public void setRequestInterval(long requestInterval) {
        this.requestInterval = requestInterval;
    }

    public long getLaunchInterval() {
        return launchInterval;
    }

    /**
     * The minimum spacing between two launches with the same API key in this JVM, in milliseconds; the API allows
     * one every 12 seconds.
     */
    public void setLaunchInterval(long launchInterval) {
        this.launchInterval = launchInterval;
    }

    public int getRetryMaxAttempts() {
        return retryMaxAttempts;
    }

    /**
     * The maximum number of attempts per request, the first included; 1 disables retries. Reads are retried on 429,
     * 5xx, provider errors and transport failures; writes only when the server certainly did not apply them.
     */
    public void setRetryMaxAttempts(int retryMaxAttempts) {
        this.retryMaxAttempts = retryMaxAttempts;
    }

    public long getRetryInitialBackoff() {
        return retryInitialBackoff;
    }

    /** The wait before the first retry, in milliseconds; it doubles per attempt, with random jitter. */
    public void setRetryInitialBackoff(long retryInitialBackoff) {
        this.retryInitialBackoff = retryInitialBackoff;
    }

    public long getRetryMaxBackoff() {
        return retryMaxBackoff;
    }

    /** The longest wait between two attempts, in milliseconds; a longer Retry-After from the server still wins. */
    public void setRetryMaxBackoff(long retryMaxBackoff) {
        this.retryMaxBackoff = retryMaxBackoff;
    }

    public long getRetryMaxElapsed() {
        return retryMaxElapsed;
    }

    /** No retry starts after this much time, in milliseconds, has passed since a request's first attempt. */
    public void setRetryMaxElapsed(long retryMaxElapsed) {
        this.retryMaxElapsed = retryMaxElapsed;
    }

    public LambdaCloudClient getLambdaCloudClient() {
        return lambdaCloudClient;
    }

    /**
     * A client to use instead of one built from the options above; the component does not close it. When exactly one
     * bean of this type is in the registry it is used automatically.
     */
    public void setLambdaCloudClient(LambdaCloudClient lambdaCloudClient) {
        this.lambdaCloudClient = lambdaCloudClient;
    }

    public String getInstanceId() {
        return instanceId;
    }

    /** The instance id for instances get and rename; the CamelLambdaCloudInstanceId header overrides it. */
    public void setInstanceId(String instanceId) {
        this.instanceId = instanceId;
    }

    public String getRegionName() {
        return regionName;
    }

    /**
     * The region for launch and for creating file systems and rulesets, such as us-east-1. For launch it may list
     * several regions, comma-separated and tried in order, or be any for every region with capacity.
     */
    public void setRegionName(String regionName) {
        this.regionName = regionName;
    }

    public String getInstanceTypeName() {
        return instanceTypeName;
    }

    /** The instance type to launch, such as gpu_1x_a10. */
    public void setInstanceTypeName(String instanceTypeName) {
        this.instanceTypeName = instanceTypeName;
    }

    public String getSshKeyName() {
        return sshKeyName;
    }

    /** The name of the one SSH key to install at launch. */
    public void setSshKeyName(String sshKeyName) {
        this.sshKeyName = sshKeyName;
    }

    public String getImageFamily() {
        return imageFamily;
    }

    /** The image family to launch from, such as lambda-stack-24-04; the default is the latest Lambda Stack. */
    public void setImageFamily(String imageFamily) {
        this.imageFamily = imageFamily;
    }

    public String getClusterId() {
        return clusterId;
    }

    /** Only list instances of this cluster. */
    public void setClusterId(String clusterId) {
        this.clusterId = clusterId;
    }

    public int getAuditEventMaxPages() {
        return auditEventMaxPages;
    }

    /**
     * The maximum number of audit-event pages one message reads, following page tokens; the next page's token is
     * returned in the CamelLambdaCloudPageToken header.
     */
    public void setAuditEventMaxPages(int auditEventMaxPages) {
        this.auditEventMaxPages = auditEventMaxPages;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    /**
     * Whether launch returns a LaunchPreview instead of launching, after validating the request, reading price and
     * capacity and checking the spend limits. The CamelLambdaCloudDryRun header overrides it.
     */
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public Integer getMaxPriceCentsPerHour() {
        return maxPriceCentsPerHour;
    }

    /** The maximum on-demand price in US cents per hour of a launched type; a pricier type is rejected before launch. */
    public void setMaxPriceCentsPerHour(Integer maxPriceCentsPerHour) {
        this.maxPriceCentsPerHour = maxPriceCentsPerHour;
    }

    public Integer getMaxRunningInstances() {
        return maxRunningInstances;
    }

    /**
     * The maximum number of the account's instances that may be booting, active or unhealthy after a launch. A launch
     * beyond it is rejected before it is sent.
     */
    public void setMaxRunningInstances(Integer maxRunningInstances) {
        this.maxRunningInstances = maxRunningInstances;
    }

    public long getLaunchReconcileTimeout() {
        return launchReconcileTimeout;
    }

    /**
     * How long, in milliseconds, to keep listing instances for the launch-id tag after a launch failed in a way that
     * may have created the instance; the launch itself is never sent again.
     */
    public void setLaunchReconcileTimeout(long launchReconcileTimeout) {
        this.launchReconcileTimeout = launchReconcileTimeout;
    }

    public boolean isWaitForActive() {
        return waitForActive;
    }

    /** Whether launch waits until the instance is active and has an IP address before the message continues. */
    public void setWaitForActive(boolean waitForActive) {
        this.waitForActive = waitForActive;
    }

    public boolean isWaitForTermination() {
        return waitForTermination;
    }

    /** Whether terminate waits until every instance is terminated, preempted or no longer found. */
    public void setWaitForTermination(boolean waitForTermination) {
        this.waitForTermination = waitForTermination;
    }

    public long getWaitTimeout() {
        return waitTimeout;
    }

    /** The longest time, in milliseconds, to wait for active or for termination; an 8-GPU machine may boot for 20 min. */
    public void setWaitTimeout(long waitTimeout) {
        this.waitTimeout = waitTimeout;
    }

    public long getWaitPollInterval() {
        return waitPollInterval;
    }

    /** The time, in milliseconds, between two status reads while waiting or reconciling a launch. */
    public void setWaitPollInterval(long waitPollInterval) {
        this.waitPollInterval = waitPollInterval;
    }

    public long getUnhealthyTimeout() {
        return unhealthyTimeout;
    }

    /** How long, in milliseconds, an instance may stay unhealthy before waiting for it to become active fails. */
    public void setUnhealthyTimeout(long unhealthyTimeout) {
        this.unhealthyTimeout = unhealthyTimeout;
    }

    public boolean isEmitInitialState() {
        return emitInitialState;
    }

    /**
     * Whether the consumer's first poll emits an INSTANCE_APPEARED event for every instance that already exists.
     * When false, the first poll only records the baseline.
     */
    public void setEmitInitialState(boolean emitInitialState) {
        this.emitInitialState = emitInitialState;
    }

    public String getStatusFilter() {
        return statusFilter;
    }

    /** Only emit events whose new status is in this comma-separated list, such as active,terminated. */
    public void setStatusFilter(String statusFilter) {
        this.statusFilter = statusFilter;
    }

    public String getRegionFilter() {
        return regionFilter;
    }

    /** Only watch instances in these comma-separated regions. */
    public void setRegionFilter(String regionFilter) {
        this.regionFilter = regionFilter;
    }

    public String getInstanceTypeFilter() {
        return instanceTypeFilter;
    }

    /** Only watch instances of these comma-separated instance types. */
    public void setInstanceTypeFilter(String instanceTypeFilter) {
        this.instanceTypeFilter = instanceTypeFilter;
    }

    public String getNamePattern() {
        return namePattern;
    }

    /** Only watch instances whose name matches this regular expression; unnamed instances never match. */
    public void setNamePattern(String namePattern) {
        this.namePattern = namePattern;
    }

    public String getTagFilter() {
        return tagFilter;
    }

    /** Only watch instances that carry this tag, given as key=value, or as key alone for any value. */
    public void setTagFilter(String tagFilter) {
        this.tagFilter = tagFilter;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    /**
     * A state repository that keeps the consumer's last snapshot, so a restarted route emits the changes that
     * happened while it was down once, and none it emitted before.
     */
    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getStateKey() {
        return stateKey;
    }

    /** The key of the snapshot in the state repository; the default is derived from the route id. */
    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public int getMaxConfirmationsPerPoll() {
        return maxConfirmationsPerPoll;
    }

    /**
     * The maximum number of GET /instances/{id} requests one poll sends to confirm that instances missing from the
     * list are gone; instances beyond it wait for later polls, and 0 defers every disappearance.
     */
    public void setMaxConfirmationsPerPoll(int maxConfirmationsPerPoll) {
        this.maxConfirmationsPerPoll = maxConfirmationsPerPoll;
    }

    public Clock getClock() {
        return clock;
    }

    /** The clock that sets the CamelLambdaCloudObservedAt header of consumer events; the default is the UTC clock. */
    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /** Returns a copy, so an endpoint can change options without touching the component's defaults. */
    public LambdaCloudConfiguration copy() {
        try {
            return (LambdaCloudConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}

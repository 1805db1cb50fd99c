package io.github.camellambdacloud.springboot;

import io.github.camellambdacloud.client.AuthScheme;
import io.github.camellambdacloud.component.LambdaCloudOperation;
import java.time.Duration;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Component-wide defaults for every {@code lambdacloud} endpoint, bound from {@code camel.component.lambdacloud.*}.
 *
 * <p>Each field mirrors the component option of the same name. The auto-configuration copies every non-null value onto
 * the component through the component's generated configurer, so adding an option here takes one field with its
 * javadoc, a getter and a setter. Defaults equal the component's own defaults.
 */
@ConfigurationProperties(prefix = "camel.component.lambdacloud")
public class LambdaCloudComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /** Lambda Cloud API key, sent only in the Authorization header and best set from an environment variable. */
    private String apiKey;

    /** Base URL of the Lambda Cloud API. */
    private String baseUrl = "https://cloud.lambda.ai/api/v1";

    /** Scheme for sending the API key: BEARER (recommended), or BASIC with the key as user and an empty password. */
    private AuthScheme authScheme = AuthScheme.BEARER;

    /** Whether a plain-HTTP base URL to a host other than 127.0.0.1, ::1 or localhost is allowed. */
    private Boolean allowInsecureHttp = false;

    /** Time limit for establishing a connection to the API. */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /** Time limit for waiting on response data after a request was sent. */
    private Duration responseTimeout = Duration.ofSeconds(60);

    /** Minimum spacing between two requests with the same API key in this JVM; the API allows about one per second, and 0 turns spacing off for a local simulator. */
    private Duration requestInterval = Duration.ofSeconds(1);

    /** Minimum spacing between two launches with the same API key in this JVM; the API allows one every 12 seconds. */
    private Duration launchInterval = Duration.ofSeconds(12);

    /** Maximum number of attempts per request, the first included; 1 disables retries. */
    private Integer retryMaxAttempts = 4;

    /** Wait before the first retry; it doubles per attempt, with random jitter. */
    private Duration retryInitialBackoff = Duration.ofSeconds(1);

    /** Maximum wait between two attempts; a longer Retry-After from the server still wins. */
    private Duration retryMaxBackoff = Duration.ofSeconds(30);

    /** Time after a request's first attempt past which no retry starts. */
    private Duration retryMaxElapsed = Duration.ofMinutes(2);

    /** Maximum number of GET requests per consumer poll that confirm an instance missing from the list is gone. */
    private Integer maxConfirmationsPerPoll = 3;

    /** Operation a producer performs on its resource, such as list, get, launch or terminate. */
    private LambdaCloudOperation operation = LambdaCloudOperation.list;

    /** Default instance id for the instances get and rename operations. */
    private String instanceId;

    /** Default region for launch and for creating file systems and rulesets, such as us-east-1. */
    private String regionName;

    /** Default instance type to launch, such as gpu_1x_a10. */
    private String instanceTypeName;

    /** Default name of the SSH key to install at launch. */
    private String sshKeyName;

    /** Default image family to launch from, such as lambda-stack-24-04. */
    private String imageFamily;

    /** Default cluster id that restricts listed instances to one cluster. */
    private String clusterId;

    /** Maximum number of audit-event pages one list call reads, following page tokens; 1 reads a single page. */
    private Integer auditEventMaxPages = 1;

    /** Whether launch returns a LaunchPreview after all its checks instead of launching. */
    private Boolean dryRun = false;

    /** Maximum on-demand price in US cents per hour of a launched instance type; unset for no limit. */
    private Integer maxPriceCentsPerHour;

    /** Maximum number of the account's instances that may be booting, active or unhealthy after a launch; unset for no limit. */
    private Integer maxRunningInstances;

    /** Time to keep listing instances for the launch-id tag after a launch failed in a way that may have created one. */
    private Duration launchReconcileTimeout = Duration.ofSeconds(60);

    /** Whether launch waits until the instance is active and has an IP address. */
    private Boolean waitForActive = false;

    /** Whether terminate waits until every instance is terminated, preempted or no longer found. */
    private Boolean waitForTermination = false;

    /** Maximum time to wait for active or for termination; an 8-GPU machine may boot for 20 minutes. */
    private Duration waitTimeout = Duration.ofMinutes(30);

    /** Time between two status reads while waiting or reconciling a launch. */
    private Duration waitPollInterval = Duration.ofSeconds(10);

    /** Time an instance may stay unhealthy before waiting for it to become active fails. */
    private Duration unhealthyTimeout = Duration.ofMinutes(5);

    /** Whether a consumer's first poll emits an INSTANCE_APPEARED event for every instance that already exists. */
    private Boolean emitInitialState = false;

    /** Comma-separated instance statuses a consumer emits events for, such as active,terminated. */
    private String statusFilter;

    /** Comma-separated regions whose instances a consumer watches. */
    private String regionFilter;

    /** Comma-separated instance types a consumer watches. */
    private String instanceTypeFilter;

    /** Regular expression that the name of a watched instance must match. */
    private String namePattern;

    /** Tag that a watched instance must carry, as key=value, or as key alone for any value. */
    private String tagFilter;

    /** Key of a consumer's snapshot in its state repository, derived from the route id when unset. */
    private String stateKey;

    /** Whether producers start on the first message instead of at route startup. */
    private Boolean lazyStartProducer = false;

    /** Whether consumer exceptions go to the route's error handler instead of being logged and ignored. */
    private Boolean bridgeErrorHandler = false;

    /** Whether options marked autowired, such as the Lambda Cloud client, are looked up by type in the registry. */
    private Boolean autowiredEnabled = true;

    /** Whether the component's consumer health checks are enabled. */
    private Boolean healthCheckConsumerEnabled = true;

    /** Whether the component's producer health checks are enabled, once camel.health.producers-enabled is true. */
    private Boolean healthCheckProducerEnabled = true;

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public AuthScheme getAuthScheme() {
        return authScheme;
    }

    public void setAuthScheme(AuthScheme authScheme) {
        this.authScheme = authScheme;
    }

    public Boolean getAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    public void setAllowInsecureHttp(Boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public LambdaCloudOperation getOperation() {
        return operation;
    }

    public void setOperation(LambdaCloudOperation operation) {
        this.operation = operation;
    }

    public String getInstanceId() {
        return instanceId;
    }

    public void setInstanceId(String instanceId) {
        this.instanceId = instanceId;
    }

    public String getRegionName() {
        return regionName;
    }

    public void setRegionName(String regionName) {
        this.regionName = regionName;
    }

    public String getInstanceTypeName() {
        return instanceTypeName;
    }

    public void setInstanceTypeName(String instanceTypeName) {
        this.instanceTypeName = instanceTypeName;
    }

    public String getSshKeyName() {
        return sshKeyName;
    }

    public void setSshKeyName(String sshKeyName) {
        this.sshKeyName = sshKeyName;
    }

    public String getImageFamily() {
        return imageFamily;
    }

    public void setImageFamily(String imageFamily) {
        this.imageFamily = imageFamily;
    }

    public String getClusterId() {
        return clusterId;
    }

    public void setClusterId(String clusterId) {
        this.clusterId = clusterId;
    }

    public Boolean getEmitInitialState() {
        return emitInitialState;
    }

    public void setEmitInitialState(Boolean emitInitialState) {
        this.emitInitialState = emitInitialState;
    }

    public String getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(String statusFilter) {
        this.statusFilter = statusFilter;
    }

    public String getRegionFilter() {
        return regionFilter;
    }

    public void setRegionFilter(String regionFilter) {
        this.regionFilter = regionFilter;
    }

    public String getInstanceTypeFilter() {
        return instanceTypeFilter;
    }

    public void setInstanceTypeFilter(String instanceTypeFilter) {
        this.instanceTypeFilter = instanceTypeFilter;
    }

    public String getNamePattern() {
        return namePattern;
    }

    public void setNamePattern(String namePattern) {
        this.namePattern = namePattern;
    }

    public String getTagFilter() {
        return tagFilter;
    }

    public void setTagFilter(String tagFilter) {
        this.tagFilter = tagFilter;
    }

    public String getStateKey() {
        return stateKey;
    }

    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }
    public Duration getRequestInterval() {
        return requestInterval;
    }

    public void setRequestInterval(Duration requestInterval) {
        this.requestInterval = requestInterval;
    }

    public Duration getLaunchInterval() {
        return launchInterval;
    }

    public void setLaunchInterval(Duration launchInterval) {
        this.launchInterval = launchInterval;
    }

    public Integer getRetryMaxAttempts() {
        return retryMaxAttempts;
    }

    public void setRetryMaxAttempts(Integer retryMaxAttempts) {
        this.retryMaxAttempts = retryMaxAttempts;
    }

    public Duration getRetryInitialBackoff() {
        return retryInitialBackoff;
    }

    public void setRetryInitialBackoff(Duration retryInitialBackoff) {
        this.retryInitialBackoff = retryInitialBackoff;
    }

    public Duration getRetryMaxBackoff() {
        return retryMaxBackoff;
    }

    public void setRetryMaxBackoff(Duration retryMaxBackoff) {
        this.retryMaxBackoff = retryMaxBackoff;
    }

    public Duration getRetryMaxElapsed() {
        return retryMaxElapsed;
    }

    public void setRetryMaxElapsed(Duration retryMaxElapsed) {
        this.retryMaxElapsed = retryMaxElapsed;
    }

    public Integer getMaxConfirmationsPerPoll() {
        return maxConfirmationsPerPoll;
    }

    public void setMaxConfirmationsPerPoll(Integer maxConfirmationsPerPoll) {
        this.maxConfirmationsPerPoll = maxConfirmationsPerPoll;
    }

    public Integer getAuditEventMaxPages() {
        return auditEventMaxPages;
    }

    public void setAuditEventMaxPages(Integer auditEventMaxPages) {
        this.auditEventMaxPages = auditEventMaxPages;
    }

    public Boolean getDryRun() {
        return dryRun;
    }

    public void setDryRun(Boolean dryRun) {
        this.dryRun = dryRun;
    }

    public Integer getMaxPriceCentsPerHour() {
        return maxPriceCentsPerHour;
    }

    public void setMaxPriceCentsPerHour(Integer maxPriceCentsPerHour) {
        this.maxPriceCentsPerHour = maxPriceCentsPerHour;
    }

    public Integer getMaxRunningInstances() {
        return maxRunningInstances;
    }

    public void setMaxRunningInstances(Integer maxRunningInstances) {
        this.maxRunningInstances = maxRunningInstances;
    }

    public Duration getLaunchReconcileTimeout() {
        return launchReconcileTimeout;
    }

    public void setLaunchReconcileTimeout(Duration launchReconcileTimeout) {
        this.launchReconcileTimeout = launchReconcileTimeout;
    }

    public Boolean getWaitForActive() {
        return waitForActive;
    }

    public void setWaitForActive(Boolean waitForActive) {
        this.waitForActive = waitForActive;
    }

    public Boolean getWaitForTermination() {
        return waitForTermination;
    }

    public void setWaitForTermination(Boolean waitForTermination) {
        this.waitForTermination = waitForTermination;
    }

    public Duration getWaitTimeout() {
        return waitTimeout;
    }

    public void setWaitTimeout(Duration waitTimeout) {
        this.waitTimeout = waitTimeout;
    }

    public Duration getWaitPollInterval() {
        return waitPollInterval;
    }

    public void setWaitPollInterval(Duration waitPollInterval) {
        this.waitPollInterval = waitPollInterval;
    }

    public Duration getUnhealthyTimeout() {
        return unhealthyTimeout;
    }

    public void setUnhealthyTimeout(Duration unhealthyTimeout) {
        this.unhealthyTimeout = unhealthyTimeout;
    }
}

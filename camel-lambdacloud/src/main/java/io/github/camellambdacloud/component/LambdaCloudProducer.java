package io.github.camellambdacloud.component;

import java.util.EnumMap;
import java.util.Map;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.spi.RouteIdAware;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.util.URISupport;

/**
 * Sends each message to the API call chosen by the endpoint's resource and the message's operation.
 *
 * <p>It is an asynchronous producer only so that Camel passes it the route id, which names its health check; every
 * call completes synchronously on the caller's thread.
 */
public class LambdaCloudProducer extends DefaultAsyncProducer implements RouteIdAware {

    private final Map<ApiCall, ProducerOperation> operations = new EnumMap<>(ApiCall.class);
    private String routeId;
    private WritableHealthCheckRepository healthCheckRepository;
    private LambdaCloudProducerHealthCheck healthCheck;

    public LambdaCloudProducer(LambdaCloudEndpoint endpoint) {
        super(endpoint);
        for (ApiCall call : ApiCall.values()) {
            operations.put(call, operationFor(call));
        }
    }

    @Override
    public LambdaCloudEndpoint getEndpoint() {
        return (LambdaCloudEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            send(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        callback.done(true);
        return true;
    }

    private void send(Exchange exchange) throws Exception {
        LambdaCloudEndpoint endpoint = getEndpoint();
        LambdaCloudConfiguration configuration = endpoint.getConfiguration();

        LambdaCloudResource resource = endpoint.resource();
        LambdaCloudOperation operation = operationOf(exchange, resource, configuration.getOperation());
        ApiCall call = ApiCall.of(resource, operation);

        operations.get(call).execute(endpoint.getClient(), configuration, exchange);
    }

    /**
     * Returns the operation header converted as Camel converts enums, else the endpoint's operation. A value that
     * names no operation is rejected with the resource's operations, instead of Camel's type conversion error.
     */
    private static LambdaCloudOperation operationOf(
            Exchange exchange, LambdaCloudResource resource, LambdaCloudOperation endpointOperation) {
        Object value = exchange.getMessage().getHeader(LambdaCloudConstants.OPERATION);
        if (value == null) {
            return endpointOperation;
        }
        LambdaCloudOperation operation = exchange.getContext().getTypeConverter()
                .tryConvertTo(LambdaCloudOperation.class, exchange, value);
        if (operation == null) {
            throw new IllegalArgumentException("Invalid " + LambdaCloudConstants.OPERATION + " header '" + value
                    + "' for lambdacloud:" + resource.uriName() + ": use one of " + ApiCall.operationsOf(resource)
                    + ".");
        }
        return operation;
    }

    private static ProducerOperation operationFor(ApiCall call) {
        return switch (call) {
            case LIST_INSTANCES -> new ListInstances();
            case GET_INSTANCE -> new GetInstance();
            case LAUNCH_INSTANCE -> new LaunchInstance();
            case RESTART_INSTANCES -> new RestartInstances();
            case TERMINATE_INSTANCES -> new TerminateInstances();
            case RENAME_INSTANCE -> new RenameInstance();
            case LIST_INSTANCE_TYPES -> new ListInstanceTypes();
            case LIST_SSH_KEYS -> new ListSshKeys();
            case ADD_SSH_KEY -> new AddSshKey();
            case DELETE_SSH_KEY -> new DeleteSshKey();
            case LIST_FILE_SYSTEMS -> new ListFileSystems();
            case CREATE_FILE_SYSTEM -> new CreateFileSystem();
            case DELETE_FILE_SYSTEM -> new DeleteFileSystem();
            case LIST_IMAGES -> new ListImages();
            case LIST_REGIONS -> new ListRegions();
            case LIST_FIREWALL_RULES -> new ListFirewallRules();
            case REPLACE_FIREWALL_RULES -> new ReplaceFirewallRules();
            case LIST_FIREWALL_RULESETS -> new ListFirewallRulesets();
            case GET_FIREWALL_RULESET -> new GetFirewallRuleset();
            case CREATE_FIREWALL_RULESET -> new CreateFirewallRuleset();
            case UPDATE_FIREWALL_RULESET -> new UpdateFirewallRuleset();
            case DELETE_FIREWALL_RULESET -> new DeleteFirewallRuleset();
            case GET_GLOBAL_FIREWALL_RULESET -> new GetGlobalFirewallRuleset();
            case UPDATE_GLOBAL_FIREWALL_RULESET -> new UpdateGlobalFirewallRuleset();
            case LIST_AUDIT_EVENTS -> new ListAuditEvents();
        };
    }

    @Override
    public String getRouteId() {
        return routeId;
    }

    @Override
    public void setRouteId(String routeId) {
        this.routeId = routeId;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(
                getEndpoint().getCamelContext(), "producers", WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            LambdaCloudProducerHealthCheck check = new LambdaCloudProducerHealthCheck(
                    getEndpoint(), routeId != null ? routeId : getEndpoint().getId());
            // Producers of one route share the check's id, and one check per route is enough, because each
            // invocation spends a request. NOTE: the repository lists its checks only while it is enabled, so when
            // producer checks are turned on after the routes started, such a route may have two checks with one id.
            if (healthCheckRepository.getCheck(check.getId()).isEmpty()) {
                check.setEnabled(getEndpoint().getComponent().isHealthCheckProducerEnabled());
                healthCheckRepository.addHealthCheck(check);
                healthCheck = check;
            }
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        super.doStop();
    }

    @Override
    public String toString() {
        return "LambdaCloudProducer[" + URISupport.sanitizeUri(getEndpoint().getEndpointUri()) + "]";
    }
}

package io.github.camellambdacloud.component;

import java.util.EnumMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;
import org.apache.camel.util.URISupport;

/** Sends each message to the API call chosen by the endpoint's resource and the message's operation. */
public class LambdaCloudProducer extends DefaultProducer {

    private final Map<ApiCall, ProducerOperation> operations = new EnumMap<>(ApiCall.class);

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
    public void process(Exchange exchange) throws Exception {
        LambdaCloudEndpoint endpoint = getEndpoint();
        LambdaCloudConfiguration configuration = endpoint.getConfiguration();

        LambdaCloudOperation operation = exchange.getMessage()
                .getHeader(LambdaCloudConstants.OPERATION, configuration.getOperation(), LambdaCloudOperation.class);
        ApiCall call = ApiCall.of(endpoint.resource(), operation);

        operations.get(call).execute(endpoint.getClient(), configuration, exchange);
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
    public String toString() {
        return "LambdaCloudProducer[" + URISupport.sanitizeUri(getEndpoint().getEndpointUri()) + "]";
    }
}

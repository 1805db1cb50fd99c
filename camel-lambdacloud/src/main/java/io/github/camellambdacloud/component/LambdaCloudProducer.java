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
            case GET_INSTANCE, LAUNCH_INSTANCE, RESTART_INSTANCES, TERMINATE_INSTANCES, RENAME_INSTANCE,
                    LIST_INSTANCE_TYPES, LIST_SSH_KEYS, ADD_SSH_KEY, DELETE_SSH_KEY, LIST_FILE_SYSTEMS,
                    CREATE_FILE_SYSTEM, DELETE_FILE_SYSTEM, LIST_IMAGES, LIST_REGIONS, LIST_FIREWALL_RULES,
                    REPLACE_FIREWALL_RULES, LIST_FIREWALL_RULESETS, GET_FIREWALL_RULESET, CREATE_FIREWALL_RULESET,
                    UPDATE_FIREWALL_RULESET, DELETE_FIREWALL_RULESET, GET_GLOBAL_FIREWALL_RULESET,
                    UPDATE_GLOBAL_FIREWALL_RULESET, LIST_AUDIT_EVENTS -> (client, configuration, exchange) -> {
                        throw new UnsupportedOperationException("TODO: " + call + " is not implemented yet");
                    };
        };
    }

    @Override
    public String toString() {
        return "LambdaCloudProducer[" + URISupport.sanitizeUri(getEndpoint().getEndpointUri()) + "]";
    }
}

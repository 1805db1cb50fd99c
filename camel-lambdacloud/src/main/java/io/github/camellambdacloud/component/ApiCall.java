package io.github.camellambdacloud.component;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Every API call the producer can make: one per supported pair of resource and operation. */
enum ApiCall {
    LIST_INSTANCES(LambdaCloudResource.INSTANCES, LambdaCloudOperation.list),
    GET_INSTANCE(LambdaCloudResource.INSTANCES, LambdaCloudOperation.get),
    LAUNCH_INSTANCE(LambdaCloudResource.INSTANCES, LambdaCloudOperation.launch),
    RESTART_INSTANCES(LambdaCloudResource.INSTANCES, LambdaCloudOperation.restart),
    TERMINATE_INSTANCES(LambdaCloudResource.INSTANCES, LambdaCloudOperation.terminate),
    RENAME_INSTANCE(LambdaCloudResource.INSTANCES, LambdaCloudOperation.rename),
    LIST_INSTANCE_TYPES(LambdaCloudResource.INSTANCE_TYPES, LambdaCloudOperation.list),
    LIST_SSH_KEYS(LambdaCloudResource.SSH_KEYS, LambdaCloudOperation.list),
    ADD_SSH_KEY(LambdaCloudResource.SSH_KEYS, LambdaCloudOperation.add),
    DELETE_SSH_KEY(LambdaCloudResource.SSH_KEYS, LambdaCloudOperation.delete),
    LIST_FILE_SYSTEMS(LambdaCloudResource.FILE_SYSTEMS, LambdaCloudOperation.list),
    CREATE_FILE_SYSTEM(LambdaCloudResource.FILE_SYSTEMS, LambdaCloudOperation.create),
    DELETE_FILE_SYSTEM(LambdaCloudResource.FILE_SYSTEMS, LambdaCloudOperation.delete),
    LIST_IMAGES(LambdaCloudResource.IMAGES, LambdaCloudOperation.list),
    LIST_REGIONS(LambdaCloudResource.REGIONS, LambdaCloudOperation.list),
    LIST_FIREWALL_RULES(LambdaCloudResource.FIREWALL_RULES, LambdaCloudOperation.list),
    REPLACE_FIREWALL_RULES(LambdaCloudResource.FIREWALL_RULES, LambdaCloudOperation.replace),
    LIST_FIREWALL_RULESETS(LambdaCloudResource.FIREWALL_RULESETS, LambdaCloudOperation.list),
    GET_FIREWALL_RULESET(LambdaCloudResource.FIREWALL_RULESETS, LambdaCloudOperation.get),
    CREATE_FIREWALL_RULESET(LambdaCloudResource.FIREWALL_RULESETS, LambdaCloudOperation.create),
    UPDATE_FIREWALL_RULESET(LambdaCloudResource.FIREWALL_RULESETS, LambdaCloudOperation.update),
    DELETE_FIREWALL_RULESET(LambdaCloudResource.FIREWALL_RULESETS, LambdaCloudOperation.delete),
    GET_GLOBAL_FIREWALL_RULESET(LambdaCloudResource.FIREWALL_RULESETS, LambdaCloudOperation.getGlobal),
    UPDATE_GLOBAL_FIREWALL_RULESET(LambdaCloudResource.FIREWALL_RULESETS, LambdaCloudOperation.updateGlobal),
    LIST_AUDIT_EVENTS(LambdaCloudResource.AUDIT_EVENTS, LambdaCloudOperation.list);

    /** The calls by resource and operation, built once because the producer looks one up for every message. */
    private static final Map<LambdaCloudResource, Map<LambdaCloudOperation, ApiCall>> BY_RESOURCE =
            new EnumMap<>(LambdaCloudResource.class);

    static {
        for (ApiCall call : values()) {
            BY_RESOURCE.computeIfAbsent(call.resource, resource -> new EnumMap<>(LambdaCloudOperation.class))
                    .put(call.operation, call);
        }
    }

    private final LambdaCloudResource resource;
    private final LambdaCloudOperation operation;

    ApiCall(LambdaCloudResource resource, LambdaCloudOperation operation) {
        this.resource = resource;
        this.operation = operation;
    }

    /** Returns the endpoint form of this call for messages, such as {@code lambdacloud:instances?operation=get}. */
    String describe() {
        return "lambdacloud:" + resource.uriName() + "?operation=" + operation;
    }

    /** Returns the call for a resource and operation, or throws naming the operations the resource supports. */
    static ApiCall of(LambdaCloudResource resource, LambdaCloudOperation operation) {
        Map<LambdaCloudOperation, ApiCall> calls = BY_RESOURCE.getOrDefault(resource, Map.of());
        // A missing operation is rejected like an unsupported one, and is checked first because Map.of rejects null.
        ApiCall call = operation == null ? null : calls.get(operation);
        if (call == null) {
            throw new IllegalArgumentException("Unsupported operation '" + operation + "' for lambdacloud:"
                    + resource.uriName() + ". Supported operations: " + operationsOf(resource) + ".");
        }
        return call;
    }

    /** Returns the operations the resource supports, comma-separated, for messages. */
    static String operationsOf(LambdaCloudResource resource) {
        return Arrays.stream(values())
                .filter(call -> call.resource == resource)
                .map(call -> call.operation.name())
                .collect(Collectors.joining(", "));
    }
}

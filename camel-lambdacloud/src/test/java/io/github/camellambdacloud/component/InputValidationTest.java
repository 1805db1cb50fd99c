package io.github.camellambdacloud.component;

import static io.github.camellambdacloud.component.ApiFixtures.INSTANCE_ID;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.camellambdacloud.client.LaunchRequest;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invalid inputs fail before any request is sent, with a message naming the field, the value and the fix. */
class InputValidationTest extends ProducerRouteTestSupport {

    private static final Map<String, Object> LAUNCH = Map.of(
            LambdaCloudConstants.REGION_NAME, "us-east-1",
            LambdaCloudConstants.INSTANCE_TYPE_NAME, "gpu_1x_a10",
            LambdaCloudConstants.SSH_KEY_NAME, "camel-key");

    private static Map<String, Object> launchWith(String header, Object value) {
        Map<String, Object> headers = new java.util.HashMap<>(LAUNCH);
        headers.put(header, value);
        return headers;
    }

    @Test
    void getInstanceWithoutIdIsRejected() {
        Exchange exchange = send(ApiCall.GET_INSTANCE, null, Map.of());

        assertRejectedLocally(exchange, "Missing instance id", "lambdacloud:instances?operation=get",
                LambdaCloudConstants.INSTANCE_ID, "instanceId endpoint option");
    }

    @Test
    void launchWithoutRegionNamesHeaderOptionAndBody() {
        Exchange exchange = send(ApiCall.LAUNCH_INSTANCE, null,
                Map.of(LambdaCloudConstants.INSTANCE_TYPE_NAME, "gpu_1x_a10"));

        IllegalArgumentException error = assertRejectedLocally(exchange, "Missing region name",
                LambdaCloudConstants.REGION_NAME, "regionName endpoint option",
                "send a body of type " + LaunchRequest.class.getName(), "(the body is empty)");
        assertFalse(error.getMessage().contains("found null"), error.getMessage());
    }

    @Test
    void launchWithStringBodyIsRejected() {
        Exchange exchange = send(ApiCall.LAUNCH_INSTANCE, "launch one please", LAUNCH);

        assertRejectedLocally(exchange, "Invalid body for lambdacloud:instances?operation=launch",
                "expected " + LaunchRequest.class.getName(), "found java.lang.String", "Send a LaunchRequest",
                "clear the body", ".setBody().constant(null)", "launch headers or endpoint options");
    }

    @Test
    void launchWithListBodyIsRejected() {
        Exchange exchange = send(ApiCall.LAUNCH_INSTANCE, List.of("us-east-1"), LAUNCH);

        assertRejectedLocally(exchange, "Invalid body", "expected " + LaunchRequest.class.getName(), "found java.util");
    }

    @Test
    void terminateIgnoresBodyWhenHeaderIsSet() {
        Exchange exchange = send(ApiCall.TERMINATE_INSTANCES, "a leftover body",
                Map.of(LambdaCloudConstants.INSTANCE_IDS, "../x"));

        // The header is the input, so the check that fails is the id check, not the body type check.
        assertRejectedLocally(exchange, "'../x'", "must not contain");
    }

    @Test
    void unknownOperationHeaderListsResourceOperations() {
        Exchange exchange = send(ApiCall.LIST_INSTANCES, null, Map.of(LambdaCloudConstants.OPERATION, "start"));

        assertRejectedLocally(exchange, "Invalid CamelLambdaCloudOperation header 'start'", "lambdacloud:instances",
                "use one of list, get, launch, restart, terminate, rename.");
    }

    @Test
    void operationHeaderIsConvertedLikeCamelEnums() {
        Exchange exchange = send(ApiCall.LIST_INSTANCES, null, Map.of(LambdaCloudConstants.OPERATION, "GET"));

        // GET converts to get, which then reports its own missing input.
        assertRejectedLocally(exchange, "Missing instance id", "lambdacloud:instances?operation=get");
    }

    @Test
    void unsupportedOperationHeaderListsResourceOperations() {
        Exchange exchange = send(ApiCall.LIST_REGIONS, null,
                Map.of(LambdaCloudConstants.OPERATION, LambdaCloudOperation.launch));

        assertRejectedLocally(exchange, "Unsupported operation 'launch' for lambdacloud:regions",
                "Supported operations: list.");
    }

    @Test
    void launchWithQuantityTwoIsRejected() {
        Exchange exchange = send(ApiCall.LAUNCH_INSTANCE, null, launchWith(LambdaCloudConstants.QUANTITY, 2));

        assertRejectedLocally(exchange, "Invalid quantity 2", "one launch per instance");
    }

    @Test
    void launchRequestBodyWithQuantityTwoIsRejected() {
        Exchange exchange = send(ApiCall.LAUNCH_INSTANCE, InstanceOperationsTest.launchRequest(),
                Map.of(LambdaCloudConstants.QUANTITY, "2"));

        assertRejectedLocally(exchange, "Invalid quantity 2");
    }

    @Test
    void launchWithTwoSshKeysIsRejected() {
        Exchange exchange = send(ApiCall.LAUNCH_INSTANCE, null,
                launchWith(LambdaCloudConstants.SSH_KEY_NAME, List.of("key-a", "key-b")));

        assertRejectedLocally(exchange, "Invalid SSH key names [key-a, key-b]", "exactly one SSH key");
    }

    @Test
    void launchWithCommaSeparatedSshKeysIsRejected() {
        Exchange exchange = send(ApiCall.LAUNCH_INSTANCE, null,
                launchWith(LambdaCloudConstants.SSH_KEY_NAME, "key-a,key-b"));

        assertRejectedLocally(exchange, "Invalid SSH key names [key-a, key-b]");
    }

    @Test
    void launchWithInvalidHostnameIsRejected() {
        Exchange exchange = send(ApiCall.LAUNCH_INSTANCE, null,
                launchWith(LambdaCloudConstants.HOSTNAME, "Camel_Worker"));

        assertRejectedLocally(exchange, "Invalid hostname 'Camel_Worker'", "lowercase letters");
    }

    @Test
    void launchWithInvalidTagKeyIsRejected() {
        Exchange exchange = send(ApiCall.LAUNCH_INSTANCE, null,
                launchWith(LambdaCloudConstants.TAGS, Map.of("Owner", "camel")));

        assertRejectedLocally(exchange, "Invalid tag key 'Owner'");
    }

    @Test
    void launchWithTooLongNameIsRejected() {
        String name = "n".repeat(65);

        Exchange exchange = send(ApiCall.LAUNCH_INSTANCE, null, launchWith(LambdaCloudConstants.INSTANCE_NAME, name));

        assertRejectedLocally(exchange, "Invalid instance name", "65 characters", "at most 64");
    }

    @Test
    void launchWithTooLongTagValueIsRejected() {
        Exchange exchange = send(ApiCall.LAUNCH_INSTANCE, null,
                launchWith(LambdaCloudConstants.TAGS, Map.of("owner", "x".repeat(129))));

        assertRejectedLocally(exchange, "Invalid value of tag 'owner'", "at most 128");
    }

    @Test
    void launchWithNonStringTagsIsRejected() {
        Exchange exchange = send(ApiCall.LAUNCH_INSTANCE, null,
                launchWith(LambdaCloudConstants.TAGS, Map.of("owner", 42)));

        assertRejectedLocally(exchange, "Invalid CamelLambdaCloudTags header", "Map<String, String>",
                "java.lang.Integer");
    }

    @Test
    void terminateWithWrongBodyTypeNamesBothTypes() {
        Exchange exchange = send(ApiCall.TERMINATE_INSTANCES, INSTANCE_ID, Map.of());

        assertRejectedLocally(exchange, "Invalid body", "lambdacloud:instances?operation=terminate",
                "expected List<java.lang.String>", "found java.lang.String");
    }

    @Test
    void terminateWithNonStringIdsNamesElementType() {
        Exchange exchange = send(ApiCall.TERMINATE_INSTANCES, List.of(42), Map.of());

        assertRejectedLocally(exchange, "Invalid body", "containing java.lang.Integer");
    }

    @Test
    void terminateWithoutIdsIsRejected() {
        Exchange exchange = send(ApiCall.TERMINATE_INSTANCES, null, Map.of());

        assertRejectedLocally(exchange, "Missing instance ids", LambdaCloudConstants.INSTANCE_IDS,
                "List<String> body");
    }

    @Test
    void replaceRulesWithWrongBodyType() {
        Exchange exchange = send(ApiCall.REPLACE_FIREWALL_RULES, Map.of("protocol", "tcp"), Map.of());

        assertRejectedLocally(exchange, "expected List<io.github.camellambdacloud.client.FirewallRule>",
                "found java.util");
    }

    @Test
    void auditStartThatIsNotIsoIsRejected() {
        Exchange exchange = send(ApiCall.LIST_AUDIT_EVENTS, null,
                Map.of(LambdaCloudConstants.AUDIT_START, "yesterday"));

        assertRejectedLocally(exchange, "Invalid CamelLambdaCloudAuditStart header 'yesterday'", "ISO-8601");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../ssh-keys", "abc/def", "abc%2Fdef", "abc?x=1", "abc#frag", ".."})
    void unsafeIdsAreRejectedOnEveryPath(String id) {
        List<Exchange> exchanges = List.of(
                send(ApiCall.GET_INSTANCE, null, Map.of(LambdaCloudConstants.INSTANCE_ID, id)),
                send(ApiCall.RENAME_INSTANCE, null, Map.of(LambdaCloudConstants.INSTANCE_ID, id,
                        LambdaCloudConstants.INSTANCE_NAME, "renamed")),
                send(ApiCall.TERMINATE_INSTANCES, List.of(id), Map.of()),
                send(ApiCall.RESTART_INSTANCES, List.of(id), Map.of()),
                send(ApiCall.DELETE_SSH_KEY, null, Map.of(LambdaCloudConstants.SSH_KEY_ID, id)),
                send(ApiCall.DELETE_FILE_SYSTEM, null, Map.of(LambdaCloudConstants.FILE_SYSTEM_ID, id)),
                send(ApiCall.GET_FIREWALL_RULESET, null, Map.of(LambdaCloudConstants.FIREWALL_RULESET_ID, id)),
                send(ApiCall.DELETE_FIREWALL_RULESET, null, Map.of(LambdaCloudConstants.FIREWALL_RULESET_ID, id)),
                send(ApiCall.UPDATE_FIREWALL_RULESET, null, Map.of(LambdaCloudConstants.FIREWALL_RULESET_ID, id,
                        LambdaCloudConstants.FIREWALL_RULESET_NAME, "renamed")),
                send(ApiCall.LIST_INSTANCES, null, Map.of(LambdaCloudConstants.CLUSTER_ID, id)),
                send(ApiCall.LAUNCH_INSTANCE, null, launchWith(LambdaCloudConstants.IMAGE_ID, id)));

        for (Exchange exchange : exchanges) {
            assertRejectedLocally(exchange, "'" + id + "'", "must not contain");
        }
    }
}

package io.github.camellambdacloud.component;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.github.camellambdacloud.component.ApiFixtures.FILE_SYSTEM_ID;
import static io.github.camellambdacloud.component.ApiFixtures.INSTANCE_ID;
import static io.github.camellambdacloud.component.ApiFixtures.RULESET_ID;
import static io.github.camellambdacloud.component.ApiFixtures.SSH_KEY_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camellambdacloud.client.FirewallRule;
import io.github.camellambdacloud.client.LambdaCloudApiException;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every operation maps an API error to LambdaCloudApiException, and a rejected key never yields an empty result. */
class ErrorMappingTest extends ProducerRouteTestSupport {

    private static final List<FirewallRule> RULES = List.of(FirewallRule.ports("tcp", 22, 22, "0.0.0.0/0", "SSH"));

    /** Valid inputs for each call, so that the request reaches the server. */
    static Map<String, Object> headersFor(ApiCall call) {
        return switch (call) {
            case GET_INSTANCE -> Map.of(LambdaCloudConstants.INSTANCE_ID, INSTANCE_ID);
            case RENAME_INSTANCE -> Map.of(LambdaCloudConstants.INSTANCE_ID, INSTANCE_ID,
                    LambdaCloudConstants.INSTANCE_NAME, "renamed");
            case LAUNCH_INSTANCE -> Map.of(LambdaCloudConstants.REGION_NAME, "us-east-1",
                    LambdaCloudConstants.INSTANCE_TYPE_NAME, "gpu_1x_a10",
                    LambdaCloudConstants.SSH_KEY_NAME, "camel-key");
            case RESTART_INSTANCES, TERMINATE_INSTANCES -> Map.of(LambdaCloudConstants.INSTANCE_IDS, INSTANCE_ID);
            case ADD_SSH_KEY -> Map.of(LambdaCloudConstants.SSH_KEY_NAME, "camel-key");
            case DELETE_SSH_KEY -> Map.of(LambdaCloudConstants.SSH_KEY_ID, SSH_KEY_ID);
            case CREATE_FILE_SYSTEM -> Map.of(LambdaCloudConstants.FILE_SYSTEM_NAME, "datasets",
                    LambdaCloudConstants.REGION_NAME, "us-east-1");
            case DELETE_FILE_SYSTEM -> Map.of(LambdaCloudConstants.FILE_SYSTEM_ID, FILE_SYSTEM_ID);
            case REPLACE_FIREWALL_RULES, UPDATE_GLOBAL_FIREWALL_RULESET ->
                    Map.of(LambdaCloudConstants.FIREWALL_RULES, RULES);
            case CREATE_FIREWALL_RULESET -> Map.of(LambdaCloudConstants.FIREWALL_RULESET_NAME, "camel-web",
                    LambdaCloudConstants.REGION_NAME, "us-east-1", LambdaCloudConstants.FIREWALL_RULES, RULES);
            case GET_FIREWALL_RULESET, DELETE_FIREWALL_RULESET ->
                    Map.of(LambdaCloudConstants.FIREWALL_RULESET_ID, RULESET_ID);
            case UPDATE_FIREWALL_RULESET -> Map.of(LambdaCloudConstants.FIREWALL_RULESET_ID, RULESET_ID,
                    LambdaCloudConstants.FIREWALL_RULES, RULES);
            case LIST_INSTANCES, LIST_INSTANCE_TYPES, LIST_SSH_KEYS, LIST_FILE_SYSTEMS, LIST_IMAGES, LIST_REGIONS,
                    LIST_FIREWALL_RULES, LIST_FIREWALL_RULESETS, GET_GLOBAL_FIREWALL_RULESET, LIST_AUDIT_EVENTS ->
                    Map.of();
        };
    }

    @ParameterizedTest
    @EnumSource(ApiCall.class)
    void notFoundIsMappedWithStatusAndCode(ApiCall call) {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody(errorBody("global/object-does-not-exist", "Specified object does not exist."))));

        Exchange exchange = send(call, null, headersFor(call));

        LambdaCloudApiException error = assertApiError(exchange, 404, "global/object-does-not-exist");
        assertEquals("Specified object does not exist.", error.errorMessage());
        assertEquals(1, wireMock.getAllServeEvents().size());
    }

    @ParameterizedTest
    @EnumSource(ApiCall.class)
    void invalidApiKeyFailsInsteadOfEmptyResult(ApiCall call) {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody(errorBody("global/invalid-api-key", "API key was invalid, expired, or deleted."))));

        Exchange exchange = send(call, null, headersFor(call));

        assertTrue(assertApiError(exchange, 401, "global/invalid-api-key").isAuthenticationFailure());
        assertEquals(0, getMockEndpoint("mock:result").getReceivedCounter());
    }

    @ParameterizedTest
    @EnumSource(value = ApiCall.class, names = {"LIST_INSTANCES", "LIST_SSH_KEYS", "LIST_INSTANCE_TYPES"})
    void inactiveAccountFailsInsteadOfEmptyResult(ApiCall call) {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody(errorBody("global/account-inactive", "Your account is inactive."))));

        Exchange exchange = send(call, null, headersFor(call));

        assertTrue(assertApiError(exchange, 403, "global/account-inactive").isAuthenticationFailure());
        assertEquals(0, getMockEndpoint("mock:result").getReceivedCounter());
    }
}

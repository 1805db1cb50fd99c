package io.github.camellambdacloud.component;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.camellambdacloud.component.ApiFixtures.BOOTING_ID;
import static io.github.camellambdacloud.component.ApiFixtures.BOOTING_INSTANCE;
import static io.github.camellambdacloud.component.ApiFixtures.INSTANCE_ID;
import static io.github.camellambdacloud.component.ApiFixtures.data;
import static io.github.camellambdacloud.component.ApiFixtures.instance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.camellambdacloud.client.Instance;
import io.github.camellambdacloud.client.InstanceStatus;
import io.github.camellambdacloud.client.LambdaCloudApiException;
import io.github.camellambdacloud.client.LaunchRequest;
import io.github.camellambdacloud.client.LaunchOutcome;
import io.github.camellambdacloud.client.TerminateOutcome;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

class InstanceOperationsTest extends ProducerRouteTestSupport {

    @Test
    void listInstancesParsesEveryStatus() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/api/v1/instances")).willReturn(okJson(data("[" + instance(INSTANCE_ID,
                "terminating") + ", " + instance("b" + INSTANCE_ID.substring(1), "preempted") + ", "
                + instance("c" + INSTANCE_ID.substring(1), "hibernating") + "]"))));

        List<?> instances = sendAndReceive(ApiCall.LIST_INSTANCES, null, Map.of(), List.class);

        assertEquals(InstanceStatus.TERMINATING, ((Instance) instances.get(0)).status());
        assertEquals(InstanceStatus.PREEMPTED, ((Instance) instances.get(1)).status());
        assertEquals("hibernating", ((Instance) instances.get(2)).status().value());
        wireMock.verify(1, getRequestedFor(urlEqualTo("/api/v1/instances")).withHeader("Authorization",
                equalTo(BEARER)));
    }

    @Test
    void listInstancesSendsClusterIdHeader() throws Exception {
        String clusterId = "0920582c7ff041399e34823a0be62549";
        wireMock.stubFor(get(urlEqualTo("/api/v1/instances?cluster_id=" + clusterId)).willReturn(okJson(data("[]"))));

        List<?> instances = sendAndReceive(ApiCall.LIST_INSTANCES, null,
                Map.of(LambdaCloudConstants.CLUSTER_ID, clusterId), List.class);

        assertEquals(List.of(), instances);
        wireMock.verify(1, getRequestedFor(urlEqualTo("/api/v1/instances?cluster_id=" + clusterId)));
    }

    @Test
    void getInstanceReturnsBootingInstanceWithNulls() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/api/v1/instances/" + BOOTING_ID)).willReturn(okJson(data(BOOTING_INSTANCE))));

        Instance instance = sendAndReceive(ApiCall.GET_INSTANCE, null,
                Map.of(LambdaCloudConstants.INSTANCE_ID, BOOTING_ID), Instance.class);

        assertEquals(InstanceStatus.BOOTING, instance.status());
        assertNull(instance.ip());
        assertNull(instance.hostname());
        assertNull(instance.name());
        assertNull(instance.privateIp());
        wireMock.verify(1, getRequestedFor(urlEqualTo("/api/v1/instances/" + BOOTING_ID))
                .withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void launchFromHeadersSetsInstanceId() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/api/v1/instance-operations/launch"))
                .willReturn(okJson(data("{\"instance_ids\": [\"" + INSTANCE_ID + "\"]}"))));
        Map<String, Object> headers = Map.of(
                LambdaCloudConstants.REGION_NAME, "us-east-1",
                LambdaCloudConstants.INSTANCE_TYPE_NAME, "gpu_1x_a10",
                LambdaCloudConstants.SSH_KEY_NAME, "camel-key",
                LambdaCloudConstants.INSTANCE_NAME, "camel-worker-1",
                LambdaCloudConstants.HOSTNAME, "camel-worker-1",
                LambdaCloudConstants.IMAGE_FAMILY, "lambda-stack-24-04",
                LambdaCloudConstants.FILE_SYSTEM_NAMES, "datasets",
                LambdaCloudConstants.TAGS, Map.of("owner", "camel"),
                LambdaCloudConstants.QUANTITY, 1,
                LambdaCloudConstants.LAUNCH_ID, "job-42");

        LaunchOutcome result = sendAndReceive(ApiCall.LAUNCH_INSTANCE, null, headers, LaunchOutcome.class);

        assertEquals(List.of(INSTANCE_ID), result.instanceIds());
        assertEquals(INSTANCE_ID, getMockEndpoint("mock:result").getReceivedExchanges().get(0).getMessage()
                .getHeader(LambdaCloudConstants.INSTANCE_ID));
        wireMock.verify(1, postRequestedFor(urlEqualTo("/api/v1/instance-operations/launch"))
                .withHeader("Authorization", equalTo(BEARER))
                .withRequestBody(equalToJson("""
                        {"region_name": "us-east-1", "instance_type_name": "gpu_1x_a10",
                         "ssh_key_names": ["camel-key"], "file_system_names": ["datasets"],
                         "hostname": "camel-worker-1", "name": "camel-worker-1",
                         "image": {"family": "lambda-stack-24-04"},
                         "tags": [{"key": "owner", "value": "camel"},
                                  {"key": "lambdacloud-launch-id", "value": "job-42"}]}""")));
    }

    @Test
    void launchSendsLaunchRequestBody() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/api/v1/instance-operations/launch"))
                .willReturn(okJson(data("{\"instance_ids\": [\"" + INSTANCE_ID + "\"]}"))));
        LaunchRequest request = LaunchRequest.builder("us-west-1", "gpu_1x_gh200", "camel-key")
                .fileSystemMount("/data/datasets", ApiFixtures.FILE_SYSTEM_ID)
                .fileSystemName("datasets")
                .firewallRuleset(ApiFixtures.RULESET_ID)
                .userData("#cloud-config\n")
                .build();

        LaunchOutcome result = sendAndReceive(ApiCall.LAUNCH_INSTANCE, request,
                Map.of(LambdaCloudConstants.LAUNCH_ID, "job-43"), LaunchOutcome.class);

        assertEquals(List.of(INSTANCE_ID), result.instanceIds());
        wireMock.verify(1, postRequestedFor(urlEqualTo("/api/v1/instance-operations/launch"))
                .withRequestBody(equalToJson("""
                        {"region_name": "us-west-1", "instance_type_name": "gpu_1x_gh200",
                         "ssh_key_names": ["camel-key"], "file_system_names": ["datasets"],
                         "file_system_mounts": [{"mount_point": "/data/datasets",
                                                 "file_system_id": "%s"}],
                         "user_data": "#cloud-config\\n", "firewall_rulesets": [{"id": "%s"}],
                         "tags": [{"key": "lambdacloud-launch-id", "value": "job-43"}]}"""
                        .formatted(ApiFixtures.FILE_SYSTEM_ID, ApiFixtures.RULESET_ID))));
    }

    @Test
    void launchInsufficientCapacityIsSentOnce() {
        wireMock.stubFor(post(urlEqualTo("/api/v1/instance-operations/launch")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"error": {"code": "instance-operations/launch/insufficient-capacity",
                                   "message": "Not enough capacity to fulfill launch request.",
                                   "suggestion": "Choose an instance type with more availability, or try again later."}}""")));

        Exchange exchange = send(ApiCall.LAUNCH_INSTANCE, launchRequest(), Map.of());

        LambdaCloudApiException error =
                assertApiError(exchange, 400, "instance-operations/launch/insufficient-capacity");
        assertEquals("Not enough capacity to fulfill launch request.", error.errorMessage());
        assertEquals("Choose an instance type with more availability, or try again later.", error.suggestion());
        wireMock.verify(1, postRequestedFor(urlEqualTo("/api/v1/instance-operations/launch")));
    }

    @Test
    void launchFieldErrorOnQuantityIsExposed() {
        wireMock.stubFor(post(urlEqualTo("/api/v1/instance-operations/launch")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"error": {"code": "global/invalid-parameters", "message": "Invalid request parameters."},
                         "field_errors": {"quantity": {"code": "global/invalid-parameters",
                                                       "message": "Input should be less than or equal to 1"}}}""")));

        Exchange exchange = send(ApiCall.LAUNCH_INSTANCE, launchRequest(), Map.of());

        LambdaCloudApiException error = assertApiError(exchange, 400, "global/invalid-parameters");
        assertEquals("Input should be less than or equal to 1", error.fieldErrors().get("quantity").message());
    }

    @Test
    void restartSendsIdsFromBody() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/api/v1/instance-operations/restart"))
                .willReturn(okJson(data("{\"restarted_instances\": [" + instance(INSTANCE_ID, "active") + "]}"))));

        List<?> restarted = sendAndReceive(ApiCall.RESTART_INSTANCES, List.of(INSTANCE_ID), Map.of(), List.class);

        assertEquals(INSTANCE_ID, ((Instance) restarted.get(0)).id());
        wireMock.verify(1, postRequestedFor(urlEqualTo("/api/v1/instance-operations/restart"))
                .withHeader("Authorization", equalTo(BEARER))
                .withRequestBody(equalToJson("{\"instance_ids\": [\"" + INSTANCE_ID + "\"]}")));
    }

    @Test
    void terminateSendsIdsFromHeader() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/api/v1/instance-operations/terminate")).willReturn(okJson(
                data("{\"terminated_instances\": [" + instance(INSTANCE_ID, "terminating") + ", "
                        + BOOTING_INSTANCE.replace("booting", "terminating") + "]}"))));

        TerminateOutcome outcome = sendAndReceive(ApiCall.TERMINATE_INSTANCES, "ignored because the header is set",
                Map.of(LambdaCloudConstants.INSTANCE_IDS, INSTANCE_ID + "," + BOOTING_ID), TerminateOutcome.class);

        assertEquals(List.of(INSTANCE_ID, BOOTING_ID), outcome.terminatedIds());
        assertEquals(2, outcome.instances().size());
        assertEquals(InstanceStatus.TERMINATING, outcome.instances().get(1).status());
        wireMock.verify(1, postRequestedFor(urlEqualTo("/api/v1/instance-operations/terminate"))
                .withHeader("Authorization", equalTo(BEARER))
                .withRequestBody(equalToJson(
                        "{\"instance_ids\": [\"" + INSTANCE_ID + "\", \"" + BOOTING_ID + "\"]}")));
    }

    @Test
    void renameSendsNewName() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/api/v1/instances/" + INSTANCE_ID))
                .willReturn(okJson(data(instance(INSTANCE_ID, "active").replace("camel-worker-1\", \"ip",
                        "renamed\", \"ip")))));

        Instance instance = sendAndReceive(ApiCall.RENAME_INSTANCE, null, Map.of(
                LambdaCloudConstants.INSTANCE_ID, INSTANCE_ID,
                LambdaCloudConstants.INSTANCE_NAME, "renamed"), Instance.class);

        assertEquals("renamed", instance.name());
        wireMock.verify(1, postRequestedFor(urlEqualTo("/api/v1/instances/" + INSTANCE_ID))
                .withHeader("Authorization", equalTo(BEARER))
                .withRequestBody(equalToJson("{\"name\": \"renamed\"}")));
    }

    @Test
    void operationHeaderOverridesEndpointOption() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/api/v1/instances/" + INSTANCE_ID))
                .willReturn(okJson(data(instance(INSTANCE_ID, "active")))));

        Instance instance = sendAndReceive(ApiCall.LIST_INSTANCES, null, Map.of(
                LambdaCloudConstants.OPERATION, "get",
                LambdaCloudConstants.INSTANCE_ID, INSTANCE_ID), Instance.class);

        assertEquals(INSTANCE_ID, instance.id());
        wireMock.verify(1, getRequestedFor(urlEqualTo("/api/v1/instances/" + INSTANCE_ID)));
        wireMock.verify(0, getRequestedFor(urlEqualTo("/api/v1/instances")));
    }

    static LaunchRequest launchRequest() {
        return LaunchRequest.builder("us-east-1", "gpu_1x_a10", "camel-key").build();
    }
}

package io.github.camellambdacloud.component;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.camellambdacloud.component.ApiFixtures.FILE_SYSTEM;
import static io.github.camellambdacloud.component.ApiFixtures.FILE_SYSTEM_ID;
import static io.github.camellambdacloud.component.ApiFixtures.REGION;
import static io.github.camellambdacloud.component.ApiFixtures.SSH_KEY_ID;
import static io.github.camellambdacloud.component.ApiFixtures.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.camellambdacloud.client.FileSystem;
import io.github.camellambdacloud.client.Image;
import io.github.camellambdacloud.client.InstanceTypeAvailability;
import io.github.camellambdacloud.client.Region;
import io.github.camellambdacloud.client.SshKey;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

class AccountResourceOperationsTest extends ProducerRouteTestSupport {

    @Test
    void listInstanceTypesParsesNewTypes() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/api/v1/instance-types")).willReturn(okJson(data("""
                {"gpu_1x_gh200": {"instance_type": {"name": "gpu_1x_gh200", "description": "1x GH200 (96 GB)",
                   "gpu_description": "GH200 (96 GB)", "price_cents_per_hour": 149,
                   "specs": {"vcpus": 64, "memory_gib": 432, "storage_gib": 4096, "gpus": 1}},
                   "regions_with_capacity_available": [%s]},
                 "cpu_4x_general": {"instance_type": {"name": "cpu_4x_general", "description": "4x CPU General",
                   "gpu_description": "N/A", "price_cents_per_hour": "20",
                   "specs": {"vcpus": 4, "memory_gib": 16, "storage_gib": 100, "gpus": 0}},
                   "regions_with_capacity_available": []}}""".formatted(REGION)))));

        Map<?, ?> types = sendAndReceive(ApiCall.LIST_INSTANCE_TYPES, null, Map.of(), Map.class);

        InstanceTypeAvailability gh200 = (InstanceTypeAvailability) types.get("gpu_1x_gh200");
        InstanceTypeAvailability cpu = (InstanceTypeAvailability) types.get("cpu_4x_general");
        assertEquals(true, gh200.hasCapacityIn("us-east-1"));
        assertEquals("N/A", cpu.instanceType().gpuDescription());
        assertEquals(0, cpu.instanceType().specs().gpus());
        assertEquals(20, cpu.instanceType().priceCentsPerHour());
        wireMock.verify(1, getRequestedFor(urlEqualTo("/api/v1/instance-types"))
                .withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void listSshKeysReturnsKeys() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/api/v1/ssh-keys")).willReturn(okJson(data("[{\"id\": \"" + SSH_KEY_ID
                + "\", \"name\": \"camel-key\", \"public_key\": \"ssh-ed25519 AAAAC3Nza camel@host\"}]"))));

        List<?> keys = sendAndReceive(ApiCall.LIST_SSH_KEYS, null, Map.of(), List.class);

        assertEquals("camel-key", ((SshKey) keys.get(0)).name());
        wireMock.verify(1, getRequestedFor(urlEqualTo("/api/v1/ssh-keys"))
                .withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void addSshKeyUploadsPublicKey() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/api/v1/ssh-keys")).willReturn(okJson(data("{\"id\": \"" + SSH_KEY_ID
                + "\", \"name\": \"camel-key\", \"public_key\": \"ssh-ed25519 AAAAC3Nza camel@host\"}"))));

        SshKey key = sendAndReceive(ApiCall.ADD_SSH_KEY, null, Map.of(
                LambdaCloudConstants.SSH_KEY_NAME, "camel-key",
                LambdaCloudConstants.PUBLIC_KEY, "ssh-ed25519 AAAAC3Nza camel@host"), SshKey.class);

        assertNull(key.privateKey());
        assertEquals(SSH_KEY_ID, getMockEndpoint("mock:result").getReceivedExchanges().get(0).getMessage()
                .getHeader(LambdaCloudConstants.SSH_KEY_ID));
        wireMock.verify(1, postRequestedFor(urlEqualTo("/api/v1/ssh-keys"))
                .withHeader("Authorization", equalTo(BEARER))
                .withRequestBody(equalToJson(
                        "{\"name\": \"camel-key\", \"public_key\": \"ssh-ed25519 AAAAC3Nza camel@host\"}")));
    }

    @Test
    void addSshKeyReturnsGeneratedPrivateKey() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/api/v1/ssh-keys")).willReturn(okJson(data("{\"id\": \"" + SSH_KEY_ID
                + "\", \"name\": \"generated\", \"public_key\": \"ssh-rsa AAAAB3\","
                + " \"private_key\": \"-----BEGIN RSA PRIVATE KEY-----\\nMIIE\\n-----END RSA PRIVATE KEY-----\\n\"}"))));

        SshKey key = sendAndReceive(ApiCall.ADD_SSH_KEY, null,
                Map.of(LambdaCloudConstants.SSH_KEY_NAME, "generated"), SshKey.class);

        assertEquals("-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n", key.privateKey());
        wireMock.verify(1, postRequestedFor(urlEqualTo("/api/v1/ssh-keys"))
                .withRequestBody(equalToJson("{\"name\": \"generated\"}")));
    }

    @Test
    void addDuplicateSshKeyNotRetried() {
        wireMock.stubFor(post(urlEqualTo("/api/v1/ssh-keys")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody(errorBody("global/invalid-parameters", "SSH key name already in use."))));

        Exchange exchange = send(ApiCall.ADD_SSH_KEY, null, Map.of(LambdaCloudConstants.SSH_KEY_NAME, "camel-key"));

        assertEquals("SSH key name already in use.",
                assertApiError(exchange, 400, "global/invalid-parameters").errorMessage());
        wireMock.verify(1, postRequestedFor(urlEqualTo("/api/v1/ssh-keys")));
    }

    @Test
    void deleteSshKeyReturnsDeletedId() throws Exception {
        wireMock.stubFor(delete(urlEqualTo("/api/v1/ssh-keys/" + SSH_KEY_ID)).willReturn(okJson(data("{}"))));

        String deleted = sendAndReceive(ApiCall.DELETE_SSH_KEY, null,
                Map.of(LambdaCloudConstants.SSH_KEY_ID, SSH_KEY_ID), String.class);

        assertEquals(SSH_KEY_ID, deleted);
        wireMock.verify(1, deleteRequestedFor(urlEqualTo("/api/v1/ssh-keys/" + SSH_KEY_ID))
                .withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void deleteSshKeyFailsWith405() {
        wireMock.stubFor(delete(urlEqualTo("/api/v1/ssh-keys/" + SSH_KEY_ID)).willReturn(aResponse().withStatus(405)
                .withHeader("Content-Type", "application/json")
                .withBody(errorBody("global/method-not-allowed", "Method not allowed."))));

        Exchange exchange = send(ApiCall.DELETE_SSH_KEY, null, Map.of(LambdaCloudConstants.SSH_KEY_ID, SSH_KEY_ID));

        assertEquals("Method not allowed.",
                assertApiError(exchange, 405, "global/method-not-allowed").errorMessage());
    }

    @Test
    void deleteSshKeyFailsWith400() {
        wireMock.stubFor(delete(urlEqualTo("/api/v1/ssh-keys/" + SSH_KEY_ID)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody(errorBody("ssh-keys/key-in-use", "The SSH key is in use by a running instance."))));

        Exchange exchange = send(ApiCall.DELETE_SSH_KEY, null, Map.of(LambdaCloudConstants.SSH_KEY_ID, SSH_KEY_ID));

        assertEquals("The SSH key is in use by a running instance.",
                assertApiError(exchange, 400, "ssh-keys/key-in-use").errorMessage());
    }

    @Test
    void listFileSystemsReturnsFileSystems() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/api/v1/file-systems")).willReturn(okJson(data("[" + FILE_SYSTEM + "]"))));

        List<?> fileSystems = sendAndReceive(ApiCall.LIST_FILE_SYSTEMS, null, Map.of(), List.class);

        assertEquals(52613349376L, ((FileSystem) fileSystems.get(0)).bytesUsed());
        wireMock.verify(1, getRequestedFor(urlEqualTo("/api/v1/file-systems"))
                .withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void createFileSystemSendsNameAndRegion() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/api/v1/filesystems")).willReturn(okJson(data(FILE_SYSTEM))));

        FileSystem fileSystem = sendAndReceive(ApiCall.CREATE_FILE_SYSTEM, null, Map.of(
                LambdaCloudConstants.FILE_SYSTEM_NAME, "datasets",
                LambdaCloudConstants.REGION_NAME, "us-east-1"), FileSystem.class);

        assertEquals(FILE_SYSTEM_ID, fileSystem.id());
        assertEquals(FILE_SYSTEM_ID, getMockEndpoint("mock:result").getReceivedExchanges().get(0).getMessage()
                .getHeader(LambdaCloudConstants.FILE_SYSTEM_ID));
        wireMock.verify(1, postRequestedFor(urlEqualTo("/api/v1/filesystems"))
                .withHeader("Authorization", equalTo(BEARER))
                .withRequestBody(equalToJson("{\"name\": \"datasets\", \"region\": \"us-east-1\"}")));
    }

    @Test
    void deleteFileSystemReturnsDeletedIds() throws Exception {
        wireMock.stubFor(delete(urlEqualTo("/api/v1/filesystems/" + FILE_SYSTEM_ID))
                .willReturn(okJson(data("{\"deleted_ids\": [\"" + FILE_SYSTEM_ID + "\"]}"))));

        List<?> deleted = sendAndReceive(ApiCall.DELETE_FILE_SYSTEM, null,
                Map.of(LambdaCloudConstants.FILE_SYSTEM_ID, FILE_SYSTEM_ID), List.class);

        assertEquals(List.of(FILE_SYSTEM_ID), deleted);
        wireMock.verify(1, deleteRequestedFor(urlEqualTo("/api/v1/filesystems/" + FILE_SYSTEM_ID))
                .withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void listImagesReturnsImages() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/api/v1/images")).willReturn(okJson(data("""
                [{"id": "43336648-096d-4cba-9aa2-f9bb7727639d", "created_time": "2025-07-07T15:20:25.091000+00:00",
                  "updated_time": "2025-08-20T00:46:42.725000+00:00", "name": "Lambda Stack 22.04",
                  "description": "ARM", "family": "lambda-stack-22-04", "version": "22.4.1",
                  "architecture": "arm64", "region": %s}]""".formatted(REGION)))));

        List<?> images = sendAndReceive(ApiCall.LIST_IMAGES, null, Map.of(), List.class);

        assertEquals("arm64", ((Image) images.get(0)).architecture());
        wireMock.verify(1, getRequestedFor(urlEqualTo("/api/v1/images"))
                .withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void listRegionsReturnsRegions() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/api/v1/regions")).willReturn(okJson(data("[" + REGION + "]"))));

        List<?> regions = sendAndReceive(ApiCall.LIST_REGIONS, null, Map.of(), List.class);

        assertEquals("us-east-1", ((Region) regions.get(0)).name());
        wireMock.verify(1, getRequestedFor(urlEqualTo("/api/v1/regions"))
                .withHeader("Authorization", equalTo(BEARER)));
    }
}

package io.github.camellambdacloud.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Validates request/response pairs of the main operations against Lambda's published OpenAPI document v1.10.0
 * (https://docs.lambda.ai/api/cloud/spec.json). Surefire passes the file's path in {@code lambdacloud.openapi.spec};
 * without the file the tests are skipped.
 */
class OpenApiConformanceTest {

    private static final String RULE = "{\"protocol\":\"tcp\",\"port_range\":[22,22],\"source_network\":\"0.0.0.0/0\","
            + "\"description\":\"SSH\"}";

    private static OpenApiInteractionValidator validator;
    private static LambdaCloudSimulator simulator;
    private static ApiClient client;

    private static String specPath;

    @BeforeAll
    static void loadSpec() throws Exception {
        specPath = System.getProperty("lambdacloud.openapi.spec");
        if (specPath == null || !Files.isRegularFile(Path.of(specPath))) {
            // Each test then reports itself as skipped, which surefire shows; a failed class-level
            // assumption shows only "Tests run: 0".
            return;
        }
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(Files.readString(Path.of(specPath)))
                .withLevelResolver(LevelResolver.create()
                        // With this OpenAPI 3.1 document, validator 2.44.1 parses plain string path and query
                        // parameters (ids, ISO timestamps) as JSON and reports each one as
                        // validation.request.parameter.schema.invalidJson. The simulator checks ids itself, and
                        // request bodies and responses are still validated.
                        .withLevel("validation.request.parameter.schema.invalidJson", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        simulator = LambdaCloudSimulator.builder().manualClock().build().start();
        simulator.addSshKey("camel-key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample camel@host");
        client = new ApiClient(simulator);
    }

    @BeforeEach
    void requireSpec() {
        assumeTrue(validator != null,
                "OpenAPI spec not found at " + specPath + " (system property lambdacloud.openapi.spec); set"
                        + " -Dlambdacloud.openapi.spec=PATH to Lambda's OpenAPI document v1.10.0 from"
                        + " https://docs.lambda.ai/api/cloud/spec.json");
    }

    @AfterAll
    static void stopSimulator() {
        if (simulator != null) {
            simulator.close();
        }
    }

    private static ValidationReport exchange(String method, String path, String body) {
        ApiClient.Answer answer = client.send(method, path, body);
        int queryStart = path.indexOf('?');
        String rawPath = "/api/v1" + (queryStart < 0 ? path : path.substring(0, queryStart));
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(method), rawPath)
                .withHeader("Authorization", "Bearer " + simulator.apiKey());
        if (queryStart >= 0) {
            for (String pair : path.substring(queryStart + 1).split("&")) {
                String[] parts = pair.split("=", 2);
                request.withQueryParam(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        if (body != null) {
            request.withContentType("application/json").withBody(body);
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status())
                .withContentType(answer.contentType());
        if (!answer.body().isEmpty()) {
            response.withBody(answer.body());
        }
        return validator.validate(request.build(), response.build());
    }

    private static void assertValid(String method, String path, String body) {
        ValidationReport report = exchange(method, path, body);
        assertThat(describe(report)).as(method + " " + path).isEmpty();
    }

    private static java.util.List<String> describe(ValidationReport report) {
        // The report keeps messages resolved to IGNORE, so they are filtered out here.
        return report.getMessages().stream()
                .filter(message -> message.getLevel() != ValidationReport.Level.IGNORE)
                .map(message -> message.getLevel() + " " + message.getKey() + ": " + message.getMessage())
                .toList();
    }

    @Test
    void instanceOperationsMatchSpec() {
        String launch = "{\"region_name\":\"us-east-1\",\"instance_type_name\":\"gpu_1x_a10\","
                + "\"ssh_key_names\":[\"camel-key\"],\"name\":\"spec-check\",\"tags\":[{\"key\":\"owner\",\"value\":\"camel\"}]}";
        assertValid("POST", "/instance-operations/launch", launch);
        String id = simulator.instances().get(0).id();

        assertValid("GET", "/instances", null);
        assertValid("GET", "/instances/" + id, null);
        simulator.advance(Duration.ofMinutes(3));
        assertValid("GET", "/instances", null);
        assertValid("POST", "/instances/" + id, "{\"name\":\"renamed\"}");
        assertValid("POST", "/instance-operations/restart", "{\"instance_ids\":[\"" + id + "\"]}");
        assertValid("POST", "/instance-operations/restart", "{\"instance_ids\":[\"" + id + "\"]}");
        assertValid("POST", "/instance-operations/terminate", "{\"instance_ids\":[\"" + id + "\"]}");
        assertValid("GET", "/instances/abc", null);
        assertValid("GET", "/instances/0123456789abcdef0123456789abcdef", null);
    }

    @Test
    void launchErrorsMatchSpec() {
        assertValid("POST", "/instance-operations/launch",
                "{\"region_name\":\"us-east-1\",\"instance_type_name\":\"gpu_1x_a10\",\"ssh_key_names\":[\"nope\"]}");
        assertValid("POST", "/instance-operations/launch",
                "{\"region_name\":\"us-east-1\",\"instance_type_name\":\"gpu_8x_h100_sxm5\",\"ssh_key_names\":[\"camel-key\"]}");
    }

    @Test
    void catalogMatchesSpec() {
        assertValid("GET", "/instance-types", null);
        assertValid("GET", "/images", null);
        assertValid("GET", "/regions", null);
    }

    @Test
    void sshKeysMatchSpec() {
        assertValid("POST", "/ssh-keys", "{\"name\":\"generated\"}");
        assertValid("POST", "/ssh-keys",
                "{\"name\":\"uploaded\",\"public_key\":\"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample a@b\"}");
        assertValid("GET", "/ssh-keys", null);
        String id = client.get("/ssh-keys").data().get(0).get("id").asText();
        assertValid("DELETE", "/ssh-keys/" + id, null);
    }

    @Test
    void fileSystemsMatchSpec() {
        assertValid("POST", "/filesystems", "{\"name\":\"specfs\",\"region\":\"us-west-1\"}");
        assertValid("POST", "/filesystems", "{\"name\":\"specfs\",\"region\":\"us-west-1\"}");
        assertValid("GET", "/file-systems", null);
        String id = client.get("/file-systems").data().get(0).get("id").asText();
        assertValid("DELETE", "/filesystems/" + id, null);
    }

    @Test
    void firewallMatchesSpec() {
        assertValid("PUT", "/firewall-rules", "{\"data\":[" + RULE + "]}");
        assertValid("GET", "/firewall-rules", null);
        assertValid("GET", "/firewall-rulesets/global", null);
        assertValid("PATCH", "/firewall-rulesets/global", "{\"rules\":[" + RULE + "]}");
        assertValid("POST", "/firewall-rulesets", "{\"name\":\"spec-web\",\"region\":\"us-east-1\",\"rules\":[" + RULE + "]}");
        assertValid("GET", "/firewall-rulesets", null);
        String id = client.get("/firewall-rulesets").data().get(0).get("id").asText();
        assertValid("GET", "/firewall-rulesets/" + id, null);
        assertValid("PATCH", "/firewall-rulesets/" + id, "{\"name\":\"spec-web-2\"}");
        assertValid("DELETE", "/firewall-rulesets/" + id, null);
    }

    @Test
    void auditEventsMatchSpec() {
        assertValid("GET", "/audit-events", null);
        assertValid("GET", "/audit-events?start=2025-01-01T00:00:00Z", null);
    }

    @Test
    void validatorRejectsIncompleteInstance() {
        ValidationReport report = validator.validateResponse("/api/v1/instances", Request.Method.GET,
                SimpleResponse.Builder.ok().withContentType("application/json")
                        .withBody("{\"data\":[{\"id\":\"0123456789abcdef0123456789abcdef\"}]}").build());

        assertThat(describe(report)).isNotEmpty();
    }

    @Test
    void unauthorizedMatchesSpec() {
        ApiClient.Answer answer = new ApiClient(simulator.baseUrl(), "Bearer wrong").get("/instances");
        ValidationReport report = validator.validateResponse("/api/v1/instances", Request.Method.GET,
                SimpleResponse.Builder.status(answer.status()).withContentType(answer.contentType())
                        .withBody(answer.body()).build());

        assertThat(describe(report)).isEmpty();
    }
}

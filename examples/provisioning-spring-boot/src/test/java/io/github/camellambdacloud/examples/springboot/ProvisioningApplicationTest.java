package io.github.camellambdacloud.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellambdacloud.examples.JobTracker;
import io.github.camellambdacloud.simulator.LambdaCloudSimulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Runs the application on a random port of 127.0.0.1 against the embedded simulator, posts jobs over HTTP and reads
 * the Actuator health endpoint.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "example.simulator.time-scale=60", "example.poll-delay=500"})
class ProvisioningApplicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient httpClient = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    private int port;

    @Autowired
    private JobTracker jobTracker;

    @Autowired
    private LambdaCloudSimulator simulator;

    @Test
    void postedJobRunsEveryStep() throws Exception {
        HttpResponse<String> response = post("/jobs", """
                {"jobId": "job-7", "instanceTypes": ["gpu_1x_a10"], "regions": ["us-east-1"],
                 "command": "python train.py"}""");

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode accepted = JSON.readTree(response.body());
        assertThat(accepted.path("jobId").asText()).isEqualTo("job-7");
        assertThat(accepted.path("instanceId").asText()).matches("[0-9a-f]{32}");

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(stepsOf("job-7")).contains("gone"));
        assertThat(stepsOf("job-7")).containsExactly("received", "launched", "active", "terminated", "gone");
        assertThat(simulator.instances()).isEmpty();
    }

    @Test
    void invalidJobRejected() throws Exception {
        HttpResponse<String> response = post("/jobs", """
                {"jobId": "Not A Valid Id", "instanceTypes": ["gpu_1x_a10"]}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(stepsOf("Not A Valid Id")).isEmpty();
    }

    @Test
    void jobWithoutCapacityConflicts() throws Exception {
        HttpResponse<String> response = post("/jobs", """
                {"jobId": "job-8", "instanceTypes": ["gpu_8x_h100_sxm5"], "regions": ["us-east-1"],
                 "command": "python train.py"}""");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(stepsOf("job-8")).containsExactly("received");
    }

    @Test
    void healthUpWithCamelChecks() throws Exception {
        HttpResponse<String> response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JSON.readTree(response.body());
        assertThat(health.path("status").asText()).isEqualTo("UP");
        JsonNode camelChecks = health.path("components").path("camelHealth").path("details");
        assertThat(camelChecks.path("consumer:instance-events").asText()).isEqualTo("UP");
        assertThat(camelChecks.path("producer:lambdacloud-job-submission").asText()).isEqualTo("UP");
        assertThat(camelChecks.path("producer:lambdacloud-instance-events").asText()).isEqualTo("UP");
    }

    private List<String> stepsOf(String jobId) {
        String prefix = jobId + ":";
        return jobTracker.steps().stream()
                .filter(step -> step.startsWith(prefix))
                .map(step -> step.substring(prefix.length()))
                .toList();
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return httpClient.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return httpClient.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}

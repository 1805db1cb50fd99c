package io.github.camellambdacloud.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Small JDK HttpClient wrapper for tests: sends JSON with a Bearer key and parses JSON responses. */
final class ApiClient {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String authorization;

    ApiClient(LambdaCloudSimulator simulator) {
        this(simulator.baseUrl(), "Bearer " + simulator.apiKey());
    }

    ApiClient(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    record Answer(int status, String contentType, String body) {

        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Response body is not JSON: " + body, e);
            }
        }

        JsonNode data() {
            return json().get("data");
        }

        String errorCode() {
            return json().path("error").path("code").asText(null);
        }

        String errorMessage() {
            return json().path("error").path("message").asText(null);
        }
    }

    Answer get(String path) {
        return send("GET", path, null);
    }

    Answer post(String path, String json) {
        return send("POST", path, json);
    }

    Answer put(String path, String json) {
        return send("PUT", path, json);
    }

    Answer patch(String path, String json) {
        return send("PATCH", path, json);
    }

    Answer delete(String path) {
        return send("DELETE", path, null);
    }

    Answer send(String method, String path, String json) {
        try {
            return sendOrThrow(method, path, json, Duration.ofSeconds(10));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + path, e);
        }
    }

    Answer sendOrThrow(String method, String path, String json, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.body());
    }

    /** Launches one instance and returns its id, failing the test if the launch is rejected. */
    String launch(String json) {
        Answer answer = post("/instance-operations/launch", json);
        if (answer.status() != 200) {
            throw new AssertionError("Launch failed with " + answer.status() + ": " + answer.body());
        }
        return answer.data().get("instance_ids").get(0).asText();
    }

    static String launchBody(String type, String region, String key) {
        return "{\"instance_type_name\":\"" + type + "\",\"region_name\":\"" + region + "\",\"ssh_key_names\":[\""
                + key + "\"]}";
    }
}

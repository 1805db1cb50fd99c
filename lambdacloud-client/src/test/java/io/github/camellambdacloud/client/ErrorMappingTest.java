package io.github.camellambdacloud.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camellambdacloud.client.Payloads.ACTIVE_ID;
import static io.github.camellambdacloud.client.Payloads.SSH_KEY_ID;
import static io.github.camellambdacloud.client.Payloads.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMappingTest extends WireMockTestSupport {

    private static final String LAUNCH_PATH = "/api/v1/instance-operations/launch";

    private static ResponseDefinitionBuilder jsonError(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static LaunchRequest launchRequest() {
        return LaunchRequest.builder("us-east-1", "gpu_1x_a10", "camel-key").build();
    }

    @Test
    void insufficientCapacityCarriesCodeAndSuggestion() {
        server.stubFor(post(urlPathEqualTo(LAUNCH_PATH)).willReturn(jsonError(400, """
                {"error": {"code": "instance-operations/launch/insufficient-capacity",
                           "message": "Not enough capacity to fulfill launch request.",
                           "suggestion": "Choose an instance type with more availability, or try again later."}}
                """)));

        LambdaCloudApiException e = catchThrowableOfType(LambdaCloudApiException.class,
                () -> client.launchInstance(launchRequest()));

        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.errorCode()).isEqualTo(LambdaCloudErrorCodes.INSUFFICIENT_CAPACITY);
        assertThat(e.errorMessage()).isEqualTo("Not enough capacity to fulfill launch request.");
        assertThat(e.suggestion()).isEqualTo("Choose an instance type with more availability, or try again later.");
        assertThat(e.isInsufficientCapacity()).isTrue();
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.method()).isEqualTo("POST");
        assertThat(e.path()).isEqualTo("/instance-operations/launch");
        assertThat(e.getMessage()).isEqualTo("Lambda Cloud API returned HTTP 400"
                + " instance-operations/launch/insufficient-capacity for POST /instance-operations/launch:"
                + " Not enough capacity to fulfill launch request. Suggestion: Choose an instance type with more"
                + " availability, or try again later.");
        assertThat(onlyRequest().getMethod().getName()).isEqualTo("POST");
    }

    @Test
    void invalidParametersExposeFieldErrors() {
        server.stubFor(post(urlPathEqualTo(LAUNCH_PATH)).willReturn(jsonError(400, """
                {"error": {"code": "global/invalid-parameters",
                           "message": "quantity: Input should be less than or equal to 1",
                           "suggestion": "Retry the request after fixing the request parameters."},
                 "field_errors": {"quantity": {"code": "global/invalid-parameters",
                                               "message": "Input should be less than or equal to 1"}}}
                """)));

        LambdaCloudApiException e = catchThrowableOfType(LambdaCloudApiException.class,
                () -> client.launchInstance(launchRequest()));

        assertThat(e.errorCode()).isEqualTo(LambdaCloudErrorCodes.INVALID_PARAMETERS);
        assertThat(e.errorMessage()).isEqualTo("quantity: Input should be less than or equal to 1");
        assertThat(e.fieldErrors()).containsOnlyKeys("quantity");
        assertThat(e.fieldErrors().get("quantity"))
                .isEqualTo(new FieldError("global/invalid-parameters", "Input should be less than or equal to 1", null));
        assertThat(e.isInsufficientCapacity()).isFalse();
        assertThat(e.isRetryable()).isFalse();
    }

    @Test
    void messageWithoutFullStopIsEndedBeforeSuggestion() {
        server.stubFor(post(urlPathEqualTo(LAUNCH_PATH)).willReturn(jsonError(400, """
                {"error": {"code": "global/invalid-parameters",
                           "message": "quantity: Input should be less than or equal to 1",
                           "suggestion": "Retry the request after fixing the request parameters."}}
                """)));

        LambdaCloudApiException e = catchThrowableOfType(LambdaCloudApiException.class,
                () -> client.launchInstance(launchRequest()));

        assertThat(e.getMessage()).endsWith(": quantity: Input should be less than or equal to 1."
                + " Suggestion: Retry the request after fixing the request parameters.");
    }

    @Test
    void suggestionWithoutMessageStartsNewSentence() {
        server.stubFor(post(urlPathEqualTo(LAUNCH_PATH)).willReturn(jsonError(400, """
                {"error": {"code": "global/invalid-parameters",
                           "suggestion": "Retry the request after fixing the request parameters."}}
                """)));

        LambdaCloudApiException e = catchThrowableOfType(LambdaCloudApiException.class,
                () -> client.launchInstance(launchRequest()));

        assertThat(e.getMessage()).endsWith(" for POST /instance-operations/launch."
                + " Suggestion: Retry the request after fixing the request parameters.");
    }

    @Test
    void duplicateSshKeyNameIsSentOnce() {
        server.stubFor(post(urlPathEqualTo("/api/v1/ssh-keys")).willReturn(jsonError(400,
                error("global/invalid-parameters", "SSH key with name camel-key already exists."))));

        LambdaCloudApiException e = catchThrowableOfType(LambdaCloudApiException.class,
                () -> client.addSshKey("camel-key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIcamel camel@host"));

        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.errorCode()).isEqualTo(LambdaCloudErrorCodes.INVALID_PARAMETERS);
        assertThat(e.errorMessage()).isEqualTo("SSH key with name camel-key already exists.");
        assertThat(onlyRequest().getMethod().getName()).isEqualTo("POST");
    }

    @ParameterizedTest
    @CsvSource({"401, global/invalid-api-key", "403, global/account-inactive"})
    void authenticationFailuresThrowInsteadOfEmptyList(int status, String code) {
        server.stubFor(get(urlPathEqualTo("/api/v1/instances"))
                .willReturn(jsonError(status, error(code, "API key was invalid, expired, or deleted."))));

        LambdaCloudApiException e = catchThrowableOfType(LambdaCloudApiException.class, () -> client.listInstances());

        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.errorCode()).isEqualTo(code);
        assertThat(e.isAuthenticationFailure()).isTrue();
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getMessage()).doesNotContain(API_KEY);
    }

    @Test
    void unauthorizedWithoutBodyIsAuthenticationFailure() {
        server.stubFor(get(urlPathEqualTo("/api/v1/ssh-keys")).willReturn(aResponse().withStatus(401)));

        LambdaCloudApiException e = catchThrowableOfType(LambdaCloudApiException.class, () -> client.listSshKeys());

        assertThat(e.isAuthenticationFailure()).isTrue();
        assertThat(e.errorCode()).isNull();
        assertThat(e.responseExcerpt()).isEmpty();
    }

    @Test
    void sshKeyDelete405WithoutBody() {
        server.stubFor(delete(urlPathEqualTo("/api/v1/ssh-keys/" + SSH_KEY_ID)).willReturn(aResponse().withStatus(405)));

        LambdaCloudApiException e = catchThrowableOfType(LambdaCloudApiException.class,
                () -> client.deleteSshKey(SSH_KEY_ID));

        assertThat(e.statusCode()).isEqualTo(405);
        assertThat(e.errorCode()).isNull();
        assertThat(e.errorMessage()).isNull();
        assertThat(e.getMessage())
                .isEqualTo("Lambda Cloud API returned HTTP 405 for DELETE /ssh-keys/" + SSH_KEY_ID + " (body: empty)");
        assertThat(e.isRetryable()).isFalse();
    }

    @Test
    void sshKeyDelete405WithBody() {
        server.stubFor(delete(urlPathEqualTo("/api/v1/ssh-keys/" + SSH_KEY_ID))
                .willReturn(jsonError(405, error("global/invalid-parameters", "Method not allowed for this key."))));

        LambdaCloudApiException e = catchThrowableOfType(LambdaCloudApiException.class,
                () -> client.deleteSshKey(SSH_KEY_ID));

        assertThat(e.statusCode()).isEqualTo(405);
        assertThat(e.errorCode()).isEqualTo("global/invalid-parameters");
        assertThat(e.errorMessage()).isEqualTo("Method not allowed for this key.");
    }

    @Test
    void sshKeyDelete405WithFrameworkBody() {
        server.stubFor(delete(urlPathEqualTo("/api/v1/ssh-keys/" + SSH_KEY_ID))
                .willReturn(jsonError(405, "{\"detail\": \"Method Not Allowed\"}")));

        LambdaCloudApiException e = catchThrowableOfType(LambdaCloudApiException.class,
                () -> client.deleteSshKey(SSH_KEY_ID));

        assertThat(e.errorCode()).isNull();
        assertThat(e.responseExcerpt()).isEqualTo("{\"detail\": \"Method Not Allowed\"}");
        assertThat(e.getMessage()).contains("Method Not Allowed");
    }

    @Test
    void sshKeyDeleteInUse() {
        server.stubFor(delete(urlPathEqualTo("/api/v1/ssh-keys/" + SSH_KEY_ID))
                .willReturn(jsonError(400, error("ssh-keys/key-in-use", "SSH key is in use by a running instance."))));

        LambdaCloudApiException e = catchThrowableOfType(LambdaCloudApiException.class,
                () -> client.deleteSshKey(SSH_KEY_ID));

        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.errorCode()).isEqualTo(LambdaCloudErrorCodes.SSH_KEY_IN_USE);
        assertThat(e.errorMessage()).isEqualTo("SSH key is in use by a running instance.");
    }

    @Test
    void missingInstanceIs404ObjectDoesNotExist() {
        server.stubFor(get(urlPathEqualTo("/api/v1/instances/" + ACTIVE_ID)).willReturn(
                jsonError(404, error("global/object-does-not-exist", "Specified instance does not exist."))));

        LambdaCloudApiException e = catchThrowableOfType(LambdaCloudApiException.class,
                () -> client.getInstance(ACTIVE_ID));

        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(e.errorCode()).isEqualTo(LambdaCloudErrorCodes.OBJECT_DOES_NOT_EXIST);
        assertThat(e.errorMessage()).isEqualTo("Specified instance does not exist.");
        assertThat(e.suggestion()).isNull();
    }

    @Test
    void restartConflictIs409() {
        server.stubFor(post(urlPathEqualTo("/api/v1/instance-operations/restart")).willReturn(jsonError(409,
                error("global/conflict", "The request conflicts with the current state of the resource."))));

        LambdaCloudApiException e = catchThrowableOfType(LambdaCloudApiException.class,
                () -> client.restartInstances(List.of(ACTIVE_ID)));

        assertThat(e.statusCode()).isEqualTo(409);
        assertThat(e.errorCode()).isEqualTo(LambdaCloudErrorCodes.CONFLICT);
        assertThat(e.isRetryable()).isFalse();
    }

    @Test
    void rateLimitWithRetryAfter() {
        server.stubFor(get(urlPathEqualTo("/api/v1/instances")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "7")
                .withHeader("Content-Type", "application/json")
                .withBody(error("global/rate-limited", "Too many requests."))));

        LambdaCloudApiException e = catchThrowableOfType(LambdaCloudApiException.class, () -> client.listInstances());

        assertThat(e.isRateLimited()).isTrue();
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(e.errorCode()).isEqualTo("global/rate-limited");
    }

    @Test
    void plainTextRateLimit() {
        server.stubFor(post(urlPathEqualTo(LAUNCH_PATH)).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "text/plain")
                .withBody("Too Many Requests")));

        LambdaCloudApiException e = catchThrowableOfType(LambdaCloudApiException.class,
                () -> client.launchInstance(launchRequest()));

        assertThat(e.isRateLimited()).isTrue();
        assertThat(e.retryAfter()).isNull();
        assertThat(e.errorCode()).isNull();
        assertThat(e.responseExcerpt()).isEqualTo("Too Many Requests");
        assertThat(onlyRequest().getMethod().getName()).isEqualTo("POST");
    }

    @Test
    void badGatewayHtmlPageIsExcerpted() {
        String page = "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway"
                + "</h1></center>\n" + "<p>padding</p>\n".repeat(40) + "</body>\n</html>\n";
        server.stubFor(get(urlPathEqualTo("/api/v1/instances"))
                .willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody(page)));

        LambdaCloudApiException e = catchThrowableOfType(LambdaCloudApiException.class, () -> client.listInstances());

        assertThat(e.statusCode()).isEqualTo(502);
        assertThat(e.errorCode()).isNull();
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.responseExcerpt()).startsWith("<html> <head><title>502 Bad Gateway</title></head>");
        assertThat(e.responseExcerpt()).hasSizeLessThanOrEqualTo(203);
        assertThat(e.getMessage()).contains("HTTP 502");
        assertThat(e.getMessage()).contains("502 Bad Gateway");
    }

    @ParameterizedTest
    @CsvSource(value = {"''|''", "{}|{}", "upstream connect error|upstream connect error",
        "{\"error\": \"boom\"}|{\"error\": \"boom\"}"}, delimiter = '|')
    void badGatewayWithoutErrorJson(String body, String excerpt) {
        server.stubFor(get(urlPathEqualTo("/api/v1/instances")).willReturn(aResponse().withStatus(502).withBody(body)));

        LambdaCloudApiException e = catchThrowableOfType(LambdaCloudApiException.class, () -> client.listInstances());

        assertThat(e.statusCode()).isEqualTo(502);
        assertThat(e.errorCode()).isNull();
        assertThat(e.responseExcerpt()).isEqualTo(excerpt);
        assertThat(e.isRetryable()).isTrue();
    }

    @Test
    void errorWithMessageButNoCodeKeepsMessage() {
        server.stubFor(get(urlPathEqualTo("/api/v1/instances")).willReturn(
                jsonError(500, "{\"error\": {\"message\": \"Internal server error\"}}")));

        LambdaCloudApiException e = catchThrowableOfType(LambdaCloudApiException.class, () -> client.listInstances());

        assertThat(e.errorCode()).isNull();
        assertThat(e.errorMessage()).isEqualTo("Internal server error");
        assertThat(e.getMessage()).contains("Internal server error");
    }

    @ParameterizedTest
    @CsvSource(value = {"{}", "{\"data\": null}", "{\"data\": [", "not json", "[]"}, delimiter = '|')
    void successWithoutDataIsInvalidBody(String body) {
        server.stubFor(get(urlPathEqualTo("/api/v1/instances")).willReturn(okJson(body)));

        LambdaCloudApiException e = catchThrowableOfType(LambdaCloudApiException.class, () -> client.listInstances());

        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.errorCode()).isNull();
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getMessage()).contains("not the JSON the API documents");
    }

    @Test
    void successWithEmptyBodyIsInvalidBody() {
        server.stubFor(get(urlPathEqualTo("/api/v1/instances")).willReturn(aResponse().withStatus(200)));

        LambdaCloudApiException e = catchThrowableOfType(LambdaCloudApiException.class, () -> client.listInstances());

        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.getMessage()).contains("not the JSON the API documents");
    }

    @ParameterizedTest
    @CsvSource({
        "429, , true",
        "500, , true",
        "503, , true",
        "500, global/internal-error, true",
        "409, global/internal-error, true",
        "400, global/unknown, true",
        "400, provider/internal-unavailable, true",
        "400, global/invalid-parameters, false",
        "400, instance-operations/launch/insufficient-capacity, false",
        "404, global/object-does-not-exist, false"
    })
    void retryableByStatusOrCode(int status, String code, boolean retryable) {
        String body = code == null ? "" : error(code, "Failure.");
        server.stubFor(get(urlPathEqualTo("/api/v1/regions")).willReturn(jsonError(status, body)));

        LambdaCloudApiException e = catchThrowableOfType(LambdaCloudApiException.class, () -> client.listRegions());

        assertThat(e.isRetryable()).isEqualTo(retryable);
    }

    @Test
    void redirectIsNotFollowed() {
        server.stubFor(get(urlPathEqualTo("/api/v1/instances")).willReturn(
                aResponse().withStatus(301).withHeader("Location", "https://cloud.lambda.ai/api/v1/instances")));

        LambdaCloudApiException e = catchThrowableOfType(LambdaCloudApiException.class, () -> client.listInstances());

        assertThat(e.statusCode()).isEqualTo(301);
        assertThat(onlyRequest().getUrl()).isEqualTo("/api/v1/instances");
    }
}

package io.github.camellambdacloud.component;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camellambdacloud.client.LambdaCloudApiException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Runs every producer call through a route {@code direct:<ApiCall>} → {@code lambdacloud:...} → {@code mock:result}
 * against WireMock on 127.0.0.1, and checks each request the component sent against Lambda's published OpenAPI
 * document v1.10.0 (https://docs.lambda.ai/api/cloud/spec.json) when the {@code lambdacloud.openapi.spec} system
 * property points at a copy of it.
 */
abstract class ProducerRouteTestSupport extends CamelTestSupport {

    static final String API_KEY = "lc-test-key-5f0c9a71e2";
    static final String BEARER = "Bearer " + API_KEY;
    static final String SPEC_PROPERTY = "lambdacloud.openapi.spec";

    static WireMockServer wireMock;
    private static OpenApiInteractionValidator specValidator;

    @BeforeAll
    static void startWireMock() {
        wireMock = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        wireMock.start();
    }

    @AfterAll
    static void stopWireMock() {
        wireMock.stop();
    }

    @BeforeEach
    void resetWireMock() {
        wireMock.resetAll();
    }

    static String baseUrl() {
        return "http://127.0.0.1:" + wireMock.port() + "/api/v1";
    }

    static String endpointUri(ApiCall call) {
        // No spacing and no retries, so each test sees exactly the requests it makes, at once.
        return call.describe() + "&apiKey=" + API_KEY + "&baseUrl=" + baseUrl()
                + "&requestInterval=0&launchInterval=0&retryMaxAttempts=1";
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                for (ApiCall call : ApiCall.values()) {
                    from("direct:" + call.name()).routeId(call.name()).to(endpointUri(call)).to("mock:result");
                }
            }
        };
    }

    /** Sends a message through the call's route and returns the exchange, with any exception left on it. */
    Exchange send(ApiCall call, Object body, Map<String, Object> headers) {
        return template.send("direct:" + call.name(), exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeaders(new java.util.HashMap<>(headers));
        });
    }

    /** Sends through the call's route, expects success, and returns the body the mock endpoint received. */
    <T> T sendAndReceive(ApiCall call, Object body, Map<String, Object> headers, Class<T> bodyType)
            throws InterruptedException {
        MockEndpoint result = getMockEndpoint("mock:result");
        result.reset();
        result.expectedMessageCount(1);

        Exchange exchange = send(call, body, headers);

        assertEquals(null, exchange.getException(), "exception of " + call);
        result.assertIsSatisfied();
        return assertInstanceOf(bodyType, result.getReceivedExchanges().get(0).getMessage().getBody());
    }

    /** Asserts that the exchange failed with an API error of this status and code. */
    static LambdaCloudApiException assertApiError(Exchange exchange, int status, String code) {
        LambdaCloudApiException error = assertInstanceOf(LambdaCloudApiException.class, exchange.getException());
        assertEquals(status, error.statusCode());
        assertEquals(code, error.errorCode());
        return error;
    }

    /** Asserts that the exchange failed before sending anything, with a message containing every part. */
    static IllegalArgumentException assertRejectedLocally(Exchange exchange, String... messageParts) {
        IllegalArgumentException error = assertInstanceOf(IllegalArgumentException.class, exchange.getException());
        for (String part : messageParts) {
            assertTrue(error.getMessage().contains(part), "message '" + error.getMessage() + "' lacks '" + part + "'");
        }
        assertEquals(0, wireMock.getAllServeEvents().size(), "requests that reached the server");
        return error;
    }

    static String errorBody(String code, String message) {
        return "{\"error\": {\"code\": \"" + code + "\", \"message\": \"" + message + "\"}}";
    }

    @AfterEach
    void checkRequestsAgainstSpec() {
        OpenApiInteractionValidator validator = specValidator();
        if (validator == null) {
            // Without the spec file the requests are not checked; SpecValidationTest reports the skip.
            return;
        }
        List<String> problems = new ArrayList<>();
        for (ServeEvent event : wireMock.getAllServeEvents()) {
            LoggedRequest request = event.getRequest();
            ValidationReport report = validator.validateRequest(toSpecRequest(request));
            report.getMessages().stream()
                    .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                    .forEach(message -> problems.add(request.getMethod() + " " + request.getUrl() + ": "
                    + message.getKey() + " " + message.getMessage()));
        }
        assertEquals(List.of(), problems, "requests that do not match the OpenAPI document");
    }

    static boolean specAvailable() {
        String location = System.getProperty(SPEC_PROPERTY);
        return location != null && Files.isRegularFile(Path.of(location));
    }

    private static synchronized OpenApiInteractionValidator specValidator() {
        if (specValidator == null && specAvailable()) {
            specValidator = OpenApiInteractionValidator
                    .createForSpecificationUrl(Path.of(System.getProperty(SPEC_PROPERTY)).toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            // Only requests are checked here; the stubbed responses are this test's own fixtures.
                            .withLevel("validation.response", ValidationReport.Level.IGNORE)
                            // The document is OpenAPI 3.1, where swagger-parser stores a parameter's type in a
                            // field this validator version does not read for parameters. It then parses every
                            // plain string id as JSON and fails, so only that check is silenced.
                            .withLevel("validation.request.parameter.schema.invalidJson",
                                    ValidationReport.Level.IGNORE)
                            .build())
                    .build();
        }
        return specValidator;
    }

    private static SimpleRequest toSpecRequest(LoggedRequest request) {
        String path = request.getUrl().contains("?")
                ? request.getUrl().substring(0, request.getUrl().indexOf('?'))
                : request.getUrl();
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.getMethod().getName(), path);
        for (HttpHeader header : request.getHeaders().all()) {
            builder.withHeader(header.key(), header.values());
        }
        request.getQueryParams().forEach((name, parameter) -> builder.withQueryParam(name, parameter.values()));
        if (request.getBody() != null && request.getBody().length > 0) {
            builder.withBody(request.getBodyAsString());
        }
        return builder.build();
    }
}

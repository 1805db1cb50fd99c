package io.github.camellambdacloud.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates requests that WireMock recorded against Lambda's published OpenAPI document v1.10.0
 * (https://docs.lambda.ai/api/cloud/spec.json), whose path Surefire passes in the system property
 * {@code lambdacloud.openapi.spec}.
 */
final class OpenApiConformance {

    static final String SPEC_PROPERTY = "lambdacloud.openapi.spec";

    private static OpenApiInteractionValidator validator;

    private OpenApiConformance() {}

    /**
     * Asserts that every recorded request conforms to the spec. Does nothing when the spec file is missing, so the
     * other assertions of a test still count; {@code OpenApiSpecTest} reports the missing file as a skipped test.
     */
    static void assertRequestsConform(List<ServeEvent> events) {
        if (events.isEmpty() || !specAvailable()) {
            return;
        }
        OpenApiInteractionValidator specValidator = validator();
        for (ServeEvent event : events) {
            LoggedRequest request = event.getRequest();
            ValidationReport report = specValidator.validateRequest(toSimpleRequest(request));
            assertThat(report.getMessages())
                    .filteredOn(message -> message.getLevel() == ValidationReport.Level.ERROR)
                    .extracting(message -> message.getKey() + ": " + message.getMessage())
                    .as("OpenAPI validation of %s %s", request.getMethod(), request.getUrl())
                    .isEmpty();
        }
    }

    static boolean specAvailable() {
        String location = System.getProperty(SPEC_PROPERTY);
        return location != null && Files.isRegularFile(Path.of(location));
    }

    /** Aborts the calling test with a JUnit assumption when the spec file is missing. */
    static void assumeSpecAvailable() {
        assumeTrue(specAvailable(), "OpenAPI spec not found at " + System.getProperty(SPEC_PROPERTY)
                + " (system property " + SPEC_PROPERTY + "); request validation is skipped. Set -D" + SPEC_PROPERTY
                + "=PATH to Lambda's OpenAPI document v1.10.0 from https://docs.lambda.ai/api/cloud/spec.json");
    }

    private static synchronized OpenApiInteractionValidator validator() {
        String location = System.getProperty(SPEC_PROPERTY);
        if (validator == null) {
            try {
                validator = OpenApiInteractionValidator
                        .createForInlineApiSpecification(Files.readString(Path.of(location)))
                        .withLevelResolver(LevelResolver.create()
                                // The spec is OpenAPI 3.1, and this validator does not read a 3.1 parameter's type.
                                // It then parses path and query strings such as the 32-hex ids as JSON and reports
                                // each one as invalid JSON.
                                .withLevel("validation.request.parameter.schema.invalidJson",
                                        ValidationReport.Level.IGNORE)
                                .build())
                        .build();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the OpenAPI spec " + location, e);
            }
        }
        return validator;
    }

    private static SimpleRequest toSimpleRequest(LoggedRequest request) {
        URI uri = URI.create(request.getUrl());
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.getMethod().getName(), uri.getPath());
        request.getHeaders().all().forEach(header -> builder.withHeader(header.key(), header.values()));
        request.getQueryParams().forEach((name, parameter) -> builder.withQueryParam(name, parameter.values()));
        if (request.getBody() != null && request.getBody().length > 0) {
            builder.withBody(request.getBodyAsString());
        }
        return builder.build();
    }
}

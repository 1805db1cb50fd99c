package io.github.camellambdacloud.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Shows whether request validation against the OpenAPI spec runs, and that it catches a wrong request. */
class OpenApiSpecTest {

    @Test
    void specFileIsPresent() {
        OpenApiConformance.assumeSpecAvailable();

        assertThat(Path.of(System.getProperty(OpenApiConformance.SPEC_PROPERTY))).isRegularFile();
    }

    @Test
    void validatorRejectsUnknownPath() throws Exception {
        OpenApiConformance.assumeSpecAvailable();
        String spec = Files.readString(Path.of(System.getProperty(OpenApiConformance.SPEC_PROPERTY)));
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                .build();

        var report = validator.validateRequest(SimpleRequest.Builder.get("/api/v1/file_systems")
                .withHeader("Authorization", "Bearer key")
                .build());

        assertThat(report.hasErrors()).isTrue();
    }
}

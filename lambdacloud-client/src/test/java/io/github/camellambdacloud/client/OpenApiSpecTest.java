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

    @Test
    void validatorRejectsLaunchWithoutRegion() throws Exception {
        OpenApiConformance.assumeSpecAvailable();
        String spec = Files.readString(Path.of(System.getProperty(OpenApiConformance.SPEC_PROPERTY)));
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                .build();

        var report = validator.validateRequest(SimpleRequest.Builder.post("/api/v1/instance-operations/launch")
                .withHeader("Authorization", "Bearer key")
                .withContentType("application/json")
                .withBody("{\"instance_type_name\": \"gpu_1x_a10\", \"ssh_key_names\": [\"camel-key\"]}")
                .build());

        assertThat(report.hasErrors()).isTrue();
    }
}

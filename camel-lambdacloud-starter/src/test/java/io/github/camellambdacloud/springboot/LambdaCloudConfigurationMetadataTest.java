package io.github.camellambdacloud.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the configuration metadata that Spring's processor writes and its coverage of the component's options, as
 * listed in the catalog JSON that Camel's generator writes into the component jar.
 */
class LambdaCloudConfigurationMetadataTest {

    private static final String PREFIX = "camel.component.lambdacloud.";
    private static final String METADATA = "META-INF/spring-configuration-metadata.json";
    private static final String CATALOG = "META-INF/io/github/camellambdacloud/component/lambdacloud.json";

    /**
     * Component options that are objects, not values a user writes in application.yml: a LambdaCloudClient bean is
     * autowired, and the configuration and state repository are set from code in a ComponentCustomizer.
     */
    private static final Set<String> OPTIONS_WITHOUT_PROPERTY =
            Set.of("configuration", "lambdaCloudClient", "stateRepository", "clock");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @MethodSource("propertyNames")
    void metadataDescribesProperty(String propertyName) throws IOException {
        Map<String, JsonNode> properties = metadataProperties();

        assertThat(properties).containsKey(propertyName);
        assertThat(properties.get(propertyName).path("description").asText()).isNotBlank();
    }

    @Test
    void everyComponentOptionHasProperty() throws IOException {
        Set<String> properties = metadataProperties().keySet();

        List<String> missing = new ArrayList<>();
        for (String option : componentOptions()) {
            if (!OPTIONS_WITHOUT_PROPERTY.contains(option) && !properties.contains(PREFIX + kebabCase(option))) {
                missing.add(option);
            }
        }

        assertThat(missing)
                .as("component options without a field in LambdaCloudComponentConfiguration")
                .isEmpty();
    }

    /** Returns every property the configuration class declares, plus the two that its base class adds. */
    static Stream<String> propertyNames() {
        List<String> names = new ArrayList<>(List.of(PREFIX + "enabled", PREFIX + "customizer.enabled"));
        for (Field field : LambdaCloudComponentConfiguration.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                names.add(PREFIX + kebabCase(field.getName()));
            }
        }
        return names.stream();
    }

    private static Map<String, JsonNode> metadataProperties() throws IOException {
        Map<String, JsonNode> properties = new HashMap<>();
        // Several jars on the test class path carry this file, so only the properties under our prefix are kept.
        ClassLoader classLoader = LambdaCloudConfigurationMetadataTest.class.getClassLoader();
        for (URL url : Collections.list(classLoader.getResources(METADATA))) {
            try (InputStream in = url.openStream()) {
                for (JsonNode property : MAPPER.readTree(in).path("properties")) {
                    String name = property.path("name").asText();
                    if (name.startsWith(PREFIX)) {
                        properties.put(name, property);
                    }
                }
            }
        }
        return properties;
    }

    private static Set<String> componentOptions() throws IOException {
        ClassLoader classLoader = LambdaCloudConfigurationMetadataTest.class.getClassLoader();
        try (InputStream in = classLoader.getResourceAsStream(CATALOG)) {
            assertThat(in).as(CATALOG + " on the test class path").isNotNull();
            Set<String> options = new HashSet<>();
            MAPPER.readTree(in).path("componentProperties").fieldNames().forEachRemaining(options::add);
            return options;
        }
    }

    private static String kebabCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}

package io.github.camellambdacloud.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.spi.EndpointUriFactory;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

/** The generated catalog lists every operation and header, and Camel uses the generated configurers. */
class CatalogMetadataTest extends CamelTestSupport {

    private static JsonNode catalog() throws Exception {
        try (InputStream json = CatalogMetadataTest.class
                .getResourceAsStream("/META-INF/io/github/camellambdacloud/component/lambdacloud.json")) {
            assertNotNull(json, "lambdacloud.json on the classpath");
            return new ObjectMapper().readTree(json);
        }
    }

    @Test
    void catalogListsEveryOperation() throws Exception {
        List<String> listed = new ArrayList<>();
        catalog().path("properties").path("operation").path("enum").forEach(value -> listed.add(value.asText()));

        for (LambdaCloudOperation operation : LambdaCloudOperation.values()) {
            assertTrue(listed.contains(operation.name()), "operation " + operation + " in " + listed);
        }
    }

    @Test
    void catalogListsEveryHeaderConstant() throws Exception {
        JsonNode headers = catalog().path("headers");

        for (Field field : LambdaCloudConstants.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String header = (String) field.get(null);
                assertTrue(headers.has(header), "header " + field.getName() + " = " + header);
            }
        }
    }

    @Test
    void catalogMarksApiKeySecret() throws Exception {
        assertTrue(catalog().path("properties").path("apiKey").path("secret").asBoolean());
    }

    @Test
    void catalogListsAuditEventMaxPages() throws Exception {
        assertEquals("1", catalog().path("properties").path("auditEventMaxPages").path("defaultValue").asText());
    }

    @Test
    void generatedEndpointConfigurerIsUsed() {
        PropertyConfigurer configurer = PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer("lambdacloud-endpoint", context);

        assertNotNull(configurer);
        assertEquals("LambdaCloudEndpointConfigurer", configurer.getClass().getSimpleName());
    }

    @Test
    void generatedComponentConfigurerIsUsed() {
        PropertyConfigurer configurer = PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer("lambdacloud-component", context);

        assertNotNull(configurer);
        assertEquals("LambdaCloudComponentConfigurer", configurer.getClass().getSimpleName());
    }

    @Test
    void generatedUriFactoryIsUsed() {
        EndpointUriFactory factory = context.getCamelContextExtension().getEndpointUriFactory("lambdacloud");

        assertInstanceOf(EndpointUriFactory.class, factory);
        assertTrue(factory.secretPropertyNames().contains("apiKey"));
        assertTrue(factory.propertyNames().contains("auditEventMaxPages"));
    }
}

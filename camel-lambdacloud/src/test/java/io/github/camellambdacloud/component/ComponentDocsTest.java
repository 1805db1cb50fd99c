package io.github.camellambdacloud.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks that the option and header tables of {@code src/main/docs/lambdacloud-component.adoc} equal the tables
 * rendered from the catalog JSON, which Camel's metadata generator writes from the annotations during the build, so
 * the page cannot drift from the code.
 *
 * <p>After changing an option or a header, run this test once with {@code -Dlambdacloud.docs.update=true}, for
 * example {@code mvn -B -o -pl camel-lambdacloud -am verify -Dlambdacloud.docs.update=true}. In that mode it
 * rewrites the text between the {@code // ...: START} and {@code // ...: END} markers instead of comparing it, and
 * passes. Commit the rewritten page.
 */
class ComponentDocsTest {

    private static final String CATALOG = "/META-INF/io/github/camellambdacloud/component/lambdacloud.json";
    private static final Path PAGE =
            Path.of(System.getProperty("basedir", "."), "src", "main", "docs", "lambdacloud-component.adoc");
    private static final boolean UPDATE = Boolean.getBoolean("lambdacloud.docs.update");

    /** The package part of each qualified name in a Java type, such as {@code java.util.} in a generic type. */
    private static final Pattern PACKAGE_PREFIX = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+(?=[A-Z])");

    @Test
    void componentOptionsMatchCatalog() throws Exception {
        List<Entry<String, JsonNode>> options = new ArrayList<>(catalog().path("componentProperties").properties());
        String rendered = "== Component options\n\n"
                + "The component has " + options.size() + " options. They set defaults for every endpoint, for\n"
                + "example `camel.component.lambdacloud.api-key` in Spring Boot or Camel Main.\n\n"
                + optionTable(options);

        checkSection("component options", rendered);
    }

    @Test
    void endpointOptionsMatchCatalog() throws Exception {
        JsonNode catalog = catalog();
        List<Entry<String, JsonNode>> pathParameters = new ArrayList<>();
        List<Entry<String, JsonNode>> queryParameters = new ArrayList<>();
        for (Entry<String, JsonNode> option : catalog.path("properties").properties()) {
            boolean isPath = "path".equals(option.getValue().path("kind").asText());
            (isPath ? pathParameters : queryParameters).add(option);
        }
        String rendered = "== Endpoint options\n\n"
                + "The endpoint URI has the syntax `" + catalog.path("component").path("syntax").asText() + "`, with "
                + count(pathParameters.size(), "path parameter") + " and "
                + count(queryParameters.size(), "query parameter") + ".\n\n"
                + "=== Path parameters\n\n"
                + optionTable(pathParameters)
                + "\n=== Query parameters\n\n"
                + optionTable(queryParameters);

        checkSection("endpoint options", rendered);
    }

    @Test
    void headersMatchCatalog() throws Exception {
        JsonNode headers = catalog().path("headers");
        StringBuilder rendered = new StringBuilder("== Message headers\n\n")
                .append("The component uses ").append(headers.size()).append(" headers. Their names are constants")
                .append(" in\n`").append(LambdaCloudConstants.class.getName())
                .append("`, and each row gives the constant's field name below the header\nname.\n\n")
                .append("[width=\"100%\",cols=\"2,5,2\",options=\"header\"]\n|===\n")
                .append("| Name | Description | Type\n");
        for (Entry<String, JsonNode> entry : headers.properties()) {
            JsonNode header = entry.getValue();
            String constant = header.path("constantName").asText();
            rendered.append("| *").append(entry.getKey()).append("* (").append(group(header))
                    .append(") +\nConstant: `").append(constant.substring(constant.indexOf('#') + 1)).append("`\n")
                    .append(cell(description(header)))
                    .append(cell(simpleType(header.path("javaType").asText())));
        }
        rendered.append("|===\n");

        checkSection("component headers", rendered.toString());
    }

    @Test
    void mavenSnippetNamesProjectVersion() throws Exception {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        String version = catalog().path("component").path("version").asText();

        assertTrue(page.contains("<version>" + version + "</version>"), "Maven snippet with version " + version);
    }

    private static JsonNode catalog() throws Exception {
        try (InputStream json = ComponentDocsTest.class.getResourceAsStream(CATALOG)) {
            assertNotNull(json, CATALOG + " on the classpath");
            return new ObjectMapper().readTree(json);
        }
    }

    /** Renders one row per option: the name with its group, the description, the default and the type. */
    private static String optionTable(List<Entry<String, JsonNode>> options) {
        StringBuilder table = new StringBuilder("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n")
                .append("| Name | Description | Default | Type\n");
        for (Entry<String, JsonNode> entry : options) {
            JsonNode option = entry.getValue();
            String defaultValue = option.has("defaultValue") ? option.get("defaultValue").asText() : "";
            table.append("| *").append(entry.getKey()).append("* (").append(group(option)).append(")\n")
                    .append(cell(description(option)))
                    .append(cell(defaultValue))
                    .append(cell(simpleType(option.path("javaType").asText())));
        }
        return table.append("|===\n").toString();
    }

    /** Returns the description, marked when required and followed by the allowed values when the catalog has them. */
    private static String description(JsonNode option) {
        String description = option.path("description").asText();
        if (option.has("enum")) {
            List<String> values = new ArrayList<>();
            option.get("enum").forEach(value -> values.add("`" + value.asText() + "`"));
            description += " Values: " + String.join(", ", values) + ".";
        }
        if (option.path("required").asBoolean()) {
            description = "*Required.* " + description;
        }
        return description;
    }

    /** Returns the Java type without package names, such as {@code List<String>} for {@code java.util.List<String>}. */
    private static String simpleType(String javaType) {
        return PACKAGE_PREFIX.matcher(javaType).replaceAll("");
    }

    /** Returns one table cell on its own line, with the AsciiDoc cell separator escaped in the text. */
    private static String cell(String text) {
        return text.isEmpty() ? "|\n" : "| " + text.replace("|", "\\|") + "\n";
    }

    /** Returns the option's group, such as {@code consumer, advanced} for the catalog's "consumer (advanced)". */
    private static String group(JsonNode option) {
        return option.path("group").asText().replace(" (", ", ").replace(")", "");
    }

    private static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }

    /**
     * Compares the text between the section's markers with the rendered text, or writes the rendered text there in
     * update mode.
     */
    private static void checkSection(String section, String rendered) throws Exception {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        String start = "// " + section + ": START\n";
        String end = "// " + section + ": END\n";
        Matcher matcher = Pattern.compile(Pattern.quote(start) + "(.*?)" + Pattern.quote(end), Pattern.DOTALL)
                .matcher(page);
        assertTrue(matcher.find(), "markers '" + start.strip() + "' and '" + end.strip() + "' in " + PAGE);

        if (UPDATE) {
            String updated = page.substring(0, matcher.start(1)) + rendered + page.substring(matcher.end(1));
            Files.writeString(PAGE, updated, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(rendered, matcher.group(1), "section '" + section + "' of " + PAGE
                + " differs from the catalog; rerun with -Dlambdacloud.docs.update=true and commit the page");
    }
}

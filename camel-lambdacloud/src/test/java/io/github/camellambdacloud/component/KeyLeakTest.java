package io.github.camellambdacloud.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.camellambdacloud.client.FileSystem;
import io.github.camellambdacloud.client.FirewallRule;
import io.github.camellambdacloud.client.FirewallRuleset;
import io.github.camellambdacloud.client.Instance;
import io.github.camellambdacloud.client.LaunchOutcome;
import io.github.camellambdacloud.client.SshKey;
import io.github.camellambdacloud.client.TerminateOutcome;
import io.github.camellambdacloud.simulator.Fault;
import io.github.camellambdacloud.simulator.FaultRule;
import io.github.camellambdacloud.simulator.LambdaCloudSimulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Runs every producer operation and the consumer against the simulator with all loggers at TRACE, in a surefire
 * execution of its own that writes slf4j-simple's output to a file, then searches that file, every exception's full
 * text and Camel's string forms for the API key, its {@code Authorization} forms, Jupyter tokens and generated
 * private keys.
 *
 * <p>HttpClient's {@code org.apache.hc.client5.http.wire} and {@code .headers} loggers stay at INFO in that
 * execution: at DEBUG they print every request header byte for byte, the {@code Authorization} header included,
 * which no code in this project can redact.
 *
 * <p>NOTE: Camel 4.22.0 itself prints the resolved API key at DEBUG and TRACE while it creates endpoints: property
 * lookups with their values, raw endpoint URIs in {@code AbstractCamelContext}, {@code EndpointHelper} and
 * {@code DefaultCamelContextExtension}, and endpoint parameters in {@code DefaultComponent}, whatever the placeholder
 * is named. Lines of those Camel loggers are left
 * out of the search; every other line, Camel's error handlers included, is searched.
 */
class KeyLeakTest extends CamelTestSupport {

    static final String LOG_FILE_PROPERTY = "keyLeakTest.logFile";

    private static final String API_KEY = "lc-leak-check-7d1f93b2c4e5a6f7";
    private static final String BASIC = Base64.getEncoder()
            .encodeToString((API_KEY + ":").getBytes(StandardCharsets.UTF_8));
    private static final List<FirewallRule> RULES = List.of(FirewallRule.ports("tcp", 22, 22, "0.0.0.0/0", "SSH"));

    private static final List<String> CAMEL_ENDPOINT_CREATION_LOGGERS = List.of(
            " org.apache.camel.component.properties.",
            " org.apache.camel.impl.engine.AbstractCamelContext - ",
            " org.apache.camel.impl.engine.DefaultCamelContextExtension - ",
            " org.apache.camel.support.EndpointHelper - ",
            " org.apache.camel.support.DefaultComponent - ");

    private LambdaCloudSimulator simulator;
    private final List<String> exceptionTexts = new ArrayList<>();
    private final List<String> jupyterTokens = new ArrayList<>();
    private final List<String> privateKeys = new ArrayList<>();

    @Override
    protected void doPreSetup() throws Exception {
        simulator = LambdaCloudSimulator.builder().apiKey(API_KEY).manualClock().build().start();
    }

    @Override
    protected void doPostTearDown() throws Exception {
        simulator.close();
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.setProperty("lambdacloud.api-key", API_KEY);
        return properties;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                for (ApiCall call : ApiCall.values()) {
                    from("direct:" + call.name()).routeId(call.name()).to(uri(call, "BEARER")).to("mock:result");
                    from("direct:basic-" + call.name()).routeId("basic-" + call.name()).to(uri(call, "BASIC"));
                }
                from("lambdacloud:instances?apiKey={{lambdacloud.api-key}}&baseUrl=" + simulator.baseUrl()
                        + "&delay=20&initialDelay=0&requestInterval=0&launchInterval=0&retryMaxAttempts=1"
                        + "&emitInitialState=true")
                        .routeId("watch").to("mock:events");
            }
        };
    }

    private String uri(ApiCall call, String authScheme) {
        return call.describe() + "&apiKey={{lambdacloud.api-key}}&authScheme=" + authScheme + "&baseUrl="
                + simulator.baseUrl() + "&requestInterval=0&launchInterval=0&retryMaxAttempts=2"
                + "&retryInitialBackoff=1&retryMaxBackoff=2&responseTimeout=10000&launchReconcileTimeout=0";
    }

    @Test
    void secretsStayOutOfLogsAndExceptions() throws Exception {
        // Maven's default surefire execution also runs this class when it is named with -Dtest, without the log file.
        assumeTrue(System.getProperty(LOG_FILE_PROPERTY) != null, "runs only in the key-leak surefire execution");
        assertTrue(LoggerFactory.getLogger(LambdaCloudProducer.class).isTraceEnabled(),
                "TRACE logging is off: run this test through the key-leak surefire execution");
        Path logFile = Path.of(System.getProperty(LOG_FILE_PROPERTY));

        runEverySuccessfulOperation();
        runEveryOperationAgainstFaults();
        String dumps = camelStringForms();
        context.stop();

        String log = Files.readAllLines(logFile, StandardCharsets.UTF_8).stream()
                .filter(line -> CAMEL_ENDPOINT_CREATION_LOGGERS.stream().noneMatch(line::contains))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(log.contains("response body"), "the log file lacks the client's TRACE lines");
        assertFalse(jupyterTokens.isEmpty(), "no Jupyter token was returned, so none was checked");
        assertFalse(privateKeys.isEmpty(), "no private key was generated, so none was checked");
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("API key", API_KEY);
        secrets.put("Bearer header", "Bearer " + API_KEY);
        secrets.put("Basic credentials", BASIC);
        jupyterTokens.forEach(token -> secrets.put("Jupyter token", token));
        privateKeys.forEach(key -> secrets.put("private key line", key));
        for (Map.Entry<String, String> secret : secrets.entrySet()) {
            assertFalse(log.contains(secret.getValue()), secret.getKey() + " in the log file " + logFile);
            assertFalse(dumps.contains(secret.getValue()), secret.getKey() + " in Camel's string forms: " + dumps);
            for (String text : exceptionTexts) {
                assertFalse(text.contains(secret.getValue()), secret.getKey() + " in an exception: " + text);
            }
        }
    }

    private void runEverySuccessfulOperation() throws Exception {
        getMockEndpoint("mock:events").expectedMinimumMessageCount(1);
        SshKey generated = succeed(ApiCall.ADD_SSH_KEY, Map.of(LambdaCloudConstants.SSH_KEY_NAME, "camel-key"),
                SshKey.class);
        assertNotNull(generated.privateKey(), "generated private key");
        // The PEM is logged JSON-escaped, so each base64 line is searched for on its own.
        generated.privateKey().lines().filter(line -> line.length() > 40).forEach(privateKeys::add);
        succeed(ApiCall.LIST_SSH_KEYS, Map.of(), List.class);

        FileSystem fileSystem = succeed(ApiCall.CREATE_FILE_SYSTEM, Map.of(LambdaCloudConstants.FILE_SYSTEM_NAME,
                "datasets", LambdaCloudConstants.REGION_NAME, "us-east-1"), FileSystem.class);
        succeed(ApiCall.LIST_FILE_SYSTEMS, Map.of(), List.class);
        FirewallRuleset ruleset = succeed(ApiCall.CREATE_FIREWALL_RULESET, Map.of(
                LambdaCloudConstants.FIREWALL_RULESET_NAME, "camel-web", LambdaCloudConstants.REGION_NAME,
                "us-east-1", LambdaCloudConstants.FIREWALL_RULES, RULES), FirewallRuleset.class);
        Map<String, Object> rulesetId = Map.of(LambdaCloudConstants.FIREWALL_RULESET_ID, ruleset.id());
        succeed(ApiCall.GET_FIREWALL_RULESET, rulesetId, FirewallRuleset.class);
        succeed(ApiCall.UPDATE_FIREWALL_RULESET, Map.of(LambdaCloudConstants.FIREWALL_RULESET_ID, ruleset.id(),
                LambdaCloudConstants.FIREWALL_RULES, RULES), FirewallRuleset.class);
        succeed(ApiCall.LIST_FIREWALL_RULESETS, Map.of(), List.class);
        succeed(ApiCall.GET_GLOBAL_FIREWALL_RULESET, Map.of(), FirewallRuleset.class);
        succeed(ApiCall.UPDATE_GLOBAL_FIREWALL_RULESET, Map.of(LambdaCloudConstants.FIREWALL_RULES, RULES),
                FirewallRuleset.class);
        succeed(ApiCall.LIST_FIREWALL_RULES, Map.of(), List.class);
        succeed(ApiCall.REPLACE_FIREWALL_RULES, Map.of(LambdaCloudConstants.FIREWALL_RULES, RULES), List.class);
        succeed(ApiCall.LIST_INSTANCE_TYPES, Map.of(), Map.class);
        succeed(ApiCall.LIST_REGIONS, Map.of(), List.class);
        succeed(ApiCall.LIST_IMAGES, Map.of(), List.class);

        LaunchOutcome launched = succeed(ApiCall.LAUNCH_INSTANCE, Map.of(LambdaCloudConstants.REGION_NAME,
                "us-east-1", LambdaCloudConstants.INSTANCE_TYPE_NAME, "gpu_1x_a10",
                LambdaCloudConstants.SSH_KEY_NAME, "camel-key"), LaunchOutcome.class);
        String instanceId = launched.instanceIds().get(0);
        simulator.advance(Duration.ofMinutes(3));
        Instance active = succeed(ApiCall.GET_INSTANCE, Map.of(LambdaCloudConstants.INSTANCE_ID, instanceId),
                Instance.class);
        assertNotNull(active.jupyterToken(), "Jupyter token of the active instance");
        jupyterTokens.add(active.jupyterToken());
        succeed(ApiCall.LIST_INSTANCES, Map.of(), List.class);
        succeed(ApiCall.RENAME_INSTANCE, Map.of(LambdaCloudConstants.INSTANCE_ID, instanceId,
                LambdaCloudConstants.INSTANCE_NAME, "renamed"), Instance.class);
        succeed(ApiCall.RESTART_INSTANCES, Map.of(LambdaCloudConstants.INSTANCE_IDS, instanceId), List.class);
        simulator.advance(Duration.ofMinutes(1));
        succeed(ApiCall.TERMINATE_INSTANCES, Map.of(LambdaCloudConstants.INSTANCE_IDS, instanceId),
                TerminateOutcome.class);
        getMockEndpoint("mock:events").assertIsSatisfied();

        succeed(ApiCall.DELETE_FILE_SYSTEM, Map.of(LambdaCloudConstants.FILE_SYSTEM_ID, fileSystem.id()),
                List.class);
        succeed(ApiCall.DELETE_FIREWALL_RULESET, rulesetId, String.class);
        succeed(ApiCall.DELETE_SSH_KEY, Map.of(LambdaCloudConstants.SSH_KEY_ID, generated.id()), String.class);
        succeed(ApiCall.LIST_AUDIT_EVENTS, Map.of(), List.class);
    }

    /** Sends every call through both auth schemes while the simulator echoes the credentials in its failures. */
    private void runEveryOperationAgainstFaults() {
        List<Fault> faults = List.of(
                Fault.error(401, "global/invalid-api-key", "API key " + API_KEY + " was invalid."),
                Fault.nonJsonBody(502, "<html>Bad gateway for Authorization: Bearer " + API_KEY + " / Basic "
                        + BASIC + "</html>"),
                Fault.error(500, "global/internal-error", "Request with Bearer " + API_KEY + " failed."),
                Fault.closeConnection());
        for (Fault fault : faults) {
            simulator.faults().clear();
            simulator.faults().add(FaultRule.always(fault));
            for (ApiCall call : ApiCall.values()) {
                for (String route : List.of("direct:", "direct:basic-")) {
                    Exchange exchange = template.send(route + call.name(), e -> e.getMessage()
                            .setHeaders(new HashMap<>(ErrorMappingTest.headersFor(call))));
                    assertNotNull(exchange.getException(), call + " through " + route + " with " + fault);
                    exceptionTexts.add(fullText(exchange.getException()));
                }
            }
        }
        simulator.faults().clear();
    }

    private <T> T succeed(ApiCall call, Map<String, Object> headers, Class<T> bodyType) {
        Exchange exchange = template.send("direct:" + call.name(),
                e -> e.getMessage().setHeaders(new HashMap<>(headers)));
        if (exchange.getException() != null) {
            exceptionTexts.add(fullText(exchange.getException()));
        }
        assertNull(exchange.getException(), call + " failed");
        Object body = exchange.getMessage().getBody();
        if (bodyType == String.class) {
            return bodyType.cast(String.valueOf(body));
        }
        return assertInstanceOf(bodyType, body, call + " body");
    }

    private String camelStringForms() {
        StringBuilder text = new StringBuilder();
        for (Endpoint endpoint : context.getEndpoints()) {
            text.append(endpoint).append('\n');
        }
        text.append(context.getEndpointRegistry().values()).append('\n');
        text.append(context.getRoutes()).append('\n');
        context.getRoutes().forEach(route -> text.append(route.getConsumer()).append('\n')
                .append(route.getEndpoint().getEndpointBaseUri()).append('\n'));
        assertEquals(ApiCall.values().length * 2 + 1, context.getRoutes().size(), "routes");
        return text.toString();
    }

    private static String fullText(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}

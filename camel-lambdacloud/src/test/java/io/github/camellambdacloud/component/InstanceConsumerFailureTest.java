package io.github.camellambdacloud.component;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camellambdacloud.component.InstanceConsumerLifecycleTest.assertEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.health.ConsumersHealthCheckRepository;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;
import org.apache.camel.spi.ExceptionHandler;
import org.junit.jupiter.api.Test;

class InstanceConsumerFailureTest extends InstanceConsumerTestSupport {

    private static final String ID = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private static final String OTHER_ID = "1a1b2c3d4e5f60718293a4b5c6d7e8f9";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camelContext = super.createCamelContext();
        HealthCheckRegistry registry = new DefaultHealthCheckRegistry();
        registry.setCamelContext(camelContext);
        registry.register(new ConsumersHealthCheckRepository());
        camelContext.getCamelContextExtension().addContextPlugin(HealthCheckRegistry.class, registry);
        return camelContext;
    }

    @Test
    void failedPollsEmitNothingAndRecoverWithoutDuplicates() throws Exception {
        serveListSequence(
                list(instance(ID, "worker-1", "booting")),
                list(instance(ID, "worker-1", "active")),
                connectionReset(),
                htmlPage(503),
                apiError(429, "global/rate-limited"),
                apiError(401, "global/invalid-api-key"),
                list(),
                list(instance(ID, "worker-1", "active")),
                list(instance(ID, "worker-1", "terminating")));
        serveInstance(ID, one(instance(ID, "worker-1", "active")));
        events().expectedMessageCount(3);

        startWatching("&emitInitialState=true");

        MockEndpoint.assertIsSatisfied(context, 10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> listRequests() >= 12);
        List<Exchange> received = events().getReceivedExchanges();
        assertThat(received).hasSize(3);
        assertEvent(received.get(0), InstanceEventType.INSTANCE_APPEARED, null, "booting");
        assertEvent(received.get(1), InstanceEventType.STATUS_CHANGED, "booting", "active");
        assertEvent(received.get(2), InstanceEventType.STATUS_CHANGED, "active", "terminating");
        assertThat(lookups(ID)).isEqualTo(1);
    }

    @Test
    void shortListKeepsInstanceTheLookupFinds() throws Exception {
        serveListSequence(
                list(instance(ID, "worker-1", "active"), instance(OTHER_ID, "worker-2", "active")),
                list(instance(ID, "worker-1", "active")),
                list(instance(ID, "worker-1", "active"), instance(OTHER_ID, "worker-2", "unhealthy")));
        serveInstance(OTHER_ID, one(instance(OTHER_ID, "worker-2", "active")));
        events().expectedMessageCount(1);

        startWatching("");

        MockEndpoint.assertIsSatisfied(context, 10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> listRequests() >= 5);
        assertThat(events().getReceivedCounter()).isEqualTo(1);
        assertEvent(events().getReceivedExchanges().get(0), InstanceEventType.STATUS_CHANGED, "active", "unhealthy");
        assertThat(lookups(OTHER_ID)).isEqualTo(1);
    }

    @Test
    void emptyListEmitsNothingWhileLookupsFindInstances() throws Exception {
        serveListSequence(
                list(instance(ID, "worker-1", "active"), instance(OTHER_ID, "worker-2", "active")),
                list());
        serveInstance(ID, one(instance(ID, "worker-1", "active")));
        serveInstance(OTHER_ID, one(instance(OTHER_ID, "worker-2", "active")));

        startWatching("&maxConfirmationsPerPoll=1");

        await().atMost(Duration.ofSeconds(10)).until(() -> lookups(ID) >= 2 && lookups(OTHER_ID) >= 2);
        assertThat(events().getReceivedCounter()).isZero();
    }

    @Test
    void failedLookupFailsWholePoll() throws Exception {
        serveListSequence(
                list(instance(ID, "worker-1", "active"), instance(OTHER_ID, "worker-2", "booting")),
                list(instance(OTHER_ID, "worker-2", "active")),
                list(instance(OTHER_ID, "worker-2", "active")));
        api.stubFor(get(urlPathEqualTo(LIST_PATH + "/" + ID))
                .inScenario("lookup").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(htmlPage(503)).willSetStateTo("recovered"));
        api.stubFor(get(urlPathEqualTo(LIST_PATH + "/" + ID))
                .inScenario("lookup").whenScenarioStateIs("recovered").willReturn(notFound()));
        events().expectedMessageCount(2);

        startWatching("");

        MockEndpoint.assertIsSatisfied(context, 10, TimeUnit.SECONDS);
        List<Exchange> received = events().getReceivedExchanges();
        assertEvent(received.get(0), InstanceEventType.STATUS_CHANGED, "booting", "active");
        assertEvent(received.get(1), InstanceEventType.INSTANCE_DISAPPEARED, "active", "active");
        assertThat(received.get(1).getMessage().getHeader(LambdaCloudConstants.INSTANCE_ID)).isEqualTo(ID);
    }

    @Test
    void bridgeErrorHandlerRoutesPollFailures() throws Exception {
        serveList(htmlPage(503));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true).to("mock:errors");
                from(watchUri("&bridgeErrorHandler=true")).routeId("watch").to("mock:events");
            }
        });
        MockEndpoint errors = getMockEndpoint("mock:errors");
        errors.expectedMinimumMessageCount(1);

        MockEndpoint.assertIsSatisfied(context, 10, TimeUnit.SECONDS);
        Exception caught = errors.getReceivedExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        assertThat(caught).isInstanceOf(LambdaCloudPollException.class);
        assertThat(((LambdaCloudPollException) caught).getHttpResponseCode()).isEqualTo(503);
        assertThat(events().getReceivedCounter()).isZero();
    }

    @Test
    void healthCheckReportsFailureAndRecovery() throws Exception {
        api.stubFor(get(urlPathEqualTo(LIST_PATH))
                .inScenario(LIST_SCENARIO).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(apiError(401, "global/invalid-api-key")));
        api.stubFor(get(urlPathEqualTo(LIST_PATH))
                .inScenario(LIST_SCENARIO).whenScenarioStateIs("recovered")
                .willReturn(list(instance(ID, "worker-1", "active"))));

        startWatching("");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HealthCheck.Result result = consumerCheck();
            assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(result.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 401);
            assertThat(result.getDetails())
                    .containsEntry(LambdaCloudInstanceConsumer.ERROR_CODE_DETAIL, "global/invalid-api-key");
        });
        assertThat(consumerCheck().getError()).get().isInstanceOf(LambdaCloudPollException.class);

        api.setScenarioState(LIST_SCENARIO, "recovered");

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(consumerCheck().getState()).isEqualTo(HealthCheck.State.UP));
        assertThat(consumerCheck().getDetails()).doesNotContainKey(HealthCheck.HTTP_RESPONSE_CODE);
    }

    @Test
    void failedExchangeIsNotRepeated() throws Exception {
        List<Throwable> handled = new CopyOnWriteArrayList<>();
        context.getRegistry().bind("recordingHandler", (ExceptionHandler) new RecordingExceptionHandler(handled));
        serveListSequence(
                list(),
                list(instance(ID, "worker-1", "booting"), instance(OTHER_ID, "worker-2", "booting")));
        AtomicInteger attempts = new AtomicInteger();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler());
                from(watchUri("&exceptionHandler=#recordingHandler")).routeId("watch")
                        .process(exchange -> {
                            if (ID.equals(exchange.getMessage().getHeader(LambdaCloudConstants.INSTANCE_ID))) {
                                attempts.incrementAndGet();
                                throw new IllegalStateException("Downstream system rejected the event");
                            }
                        })
                        .to("mock:events");
            }
        });
        events().expectedMessageCount(1);

        MockEndpoint.assertIsSatisfied(context, 10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> listRequests() >= 5);
        assertThat(attempts.get()).isEqualTo(1);
        assertThat(handled).hasSize(1);
        assertThat(handled.get(0)).hasMessage("Downstream system rejected the event");
        assertThat(events().getReceivedExchanges().get(0).getMessage().getHeader(LambdaCloudConstants.INSTANCE_ID))
                .isEqualTo(OTHER_ID);
    }

    private HealthCheck.Result consumerCheck() {
        return HealthCheckHelper.invokeReadiness(context).stream()
                .filter(result -> result.getCheck().getId().equals("consumer:watch"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No health check consumer:watch"));
    }

    @Test
    void instanceWithoutStatusFailsOnlyThatPoll() throws Exception {
        // Once, a poll whose instance had no status replaced the snapshot, and every later poll failed on it.
        List<Throwable> handled = new CopyOnWriteArrayList<>();
        context.getRegistry().bind("recordingHandler", (ExceptionHandler) new RecordingExceptionHandler(handled));
        String active = instance(ID, "worker-1", "active");
        serveListSequence(
                list(active),
                list(active.replace(" \"status\": \"active\",", "")),
                list(active, instance(OTHER_ID, "worker-2", "booting")));
        startWatching("&exceptionHandler=#recordingHandler");
        events().expectedMessageCount(1);

        MockEndpoint.assertIsSatisfied(context, 10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> listRequests() >= 6);
        assertEvent(events().getReceivedExchanges().get(0), InstanceEventType.INSTANCE_APPEARED, null, "booting");
        assertThat(events().getReceivedExchanges().get(0).getMessage().getHeader(LambdaCloudConstants.INSTANCE_ID))
                .isEqualTo(OTHER_ID);
        assertThat(handled).hasSize(1);
        assertThat(handled.get(0)).isInstanceOf(LambdaCloudPollException.class);
        assertThat(handled.get(0)).hasMessageContaining("has no status");
    }

    @Test
    void tagWithoutKeyDoesNotBreakTagFilter() throws Exception {
        List<Throwable> handled = new CopyOnWriteArrayList<>();
        context.getRegistry().bind("recordingHandler", (ExceptionHandler) new RecordingExceptionHandler(handled));
        String keyless = instance(ID, "worker-1", "active").replace("\"tags\": []", "\"tags\": [{\"value\": \"x\"}]");
        serveList(list(keyless, instance(OTHER_ID, "worker-2", "active", "owner=camel")));
        startWatching("&exceptionHandler=#recordingHandler&tagFilter=owner&emitInitialState=true");
        events().expectedMessageCount(1);

        MockEndpoint.assertIsSatisfied(context, 10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> listRequests() >= 3);
        assertEvent(events().getReceivedExchanges().get(0), InstanceEventType.INSTANCE_APPEARED, null, "active");
        assertThat(events().getReceivedExchanges().get(0).getMessage().getHeader(LambdaCloudConstants.INSTANCE_ID))
                .isEqualTo(OTHER_ID);
        assertThat(handled).isEmpty();
    }

    private record RecordingExceptionHandler(List<Throwable> handled) implements ExceptionHandler {

        @Override
        public void handleException(Throwable exception) {
            handled.add(exception);
        }

        @Override
        public void handleException(String message, Throwable exception) {
            handled.add(exception);
        }

        @Override
        public void handleException(String message, Exchange exchange, Throwable exception) {
            handled.add(exception);
        }
    }
}

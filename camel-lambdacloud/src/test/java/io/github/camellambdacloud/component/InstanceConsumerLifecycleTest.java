package io.github.camellambdacloud.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellambdacloud.client.Instance;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

class InstanceConsumerLifecycleTest extends InstanceConsumerTestSupport {

    private static final String ID = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

    @Test
    void fullLifecycleEmitsOneEventPerChange() throws Exception {
        serveListSequence(
                list(),
                list(instance(ID, "worker-1", "booting")),
                list(instance(ID, "worker-1", "booting")),
                list(instance(ID, "worker-1", "active")),
                list(instance(ID, "worker-1", "terminating")),
                list(instance(ID, "worker-1", "terminated")),
                list());
        serveInstance(ID, notFound());
        events().expectedMessageCount(5);

        startWatching("");

        MockEndpoint.assertIsSatisfied(context, 10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> listRequests() >= 10);
        List<Exchange> received = events().getReceivedExchanges();
        assertThat(received).hasSize(5);
        assertEvent(received.get(0), InstanceEventType.INSTANCE_APPEARED, null, "booting");
        assertEvent(received.get(1), InstanceEventType.STATUS_CHANGED, "booting", "active");
        assertEvent(received.get(2), InstanceEventType.STATUS_CHANGED, "active", "terminating");
        assertEvent(received.get(3), InstanceEventType.STATUS_CHANGED, "terminating", "terminated");
        assertEvent(received.get(4), InstanceEventType.INSTANCE_DISAPPEARED, "terminated", "terminated");
        assertThat(lookups(ID)).isEqualTo(1);
    }

    @Test
    void eventCarriesInstanceAndHeaders() throws Exception {
        serveListSequence(list(), list(instance(ID, "worker-1", "booting")));
        events().expectedMessageCount(1);

        startWatching("");

        MockEndpoint.assertIsSatisfied(context, 10, TimeUnit.SECONDS);
        Message message = events().getReceivedExchanges().get(0).getMessage();
        Instance body = message.getBody(Instance.class);
        assertThat(body.id()).isEqualTo(ID);
        assertThat(body.status().value()).isEqualTo("booting");
        assertThat(message.getHeader(LambdaCloudConstants.INSTANCE_ID)).isEqualTo(ID);
        assertThat(message.getHeader(LambdaCloudConstants.INSTANCE_NAME)).isEqualTo("worker-1");
        assertThat(message.getHeader(LambdaCloudConstants.REGION_NAME)).isEqualTo("us-east-1");
        assertThat(message.getHeader(LambdaCloudConstants.INSTANCE_TYPE_NAME)).isEqualTo("gpu_1x_a10");
        assertThat(message.getHeader(LambdaCloudConstants.OBSERVED_AT, Instant.class)).isEqualTo(NOW);
        assertThat(message.getHeader(LambdaCloudConstants.PREVIOUS_STATUS)).isNull();
    }

    @Test
    void terminalLookupConfirmsDisappearanceWithItsCopy() throws Exception {
        serveListSequence(list(instance(ID, "worker-1", "terminating")), list());
        serveInstance(ID, one(instance(ID, "worker-1", "preempted")));
        events().expectedMessageCount(1);

        startWatching("");

        MockEndpoint.assertIsSatisfied(context, 10, TimeUnit.SECONDS);
        Exchange event = events().getReceivedExchanges().get(0);
        assertEvent(event, InstanceEventType.INSTANCE_DISAPPEARED, "terminating", "preempted");
        assertThat(event.getMessage().getBody(Instance.class).status().value()).isEqualTo("preempted");
    }

    @Test
    void unknownStatusIsReportedAsIs() throws Exception {
        serveListSequence(
                list(instance(ID, "worker-1", "booting")),
                list(instance(ID, "worker-1", "contactable")),
                list(instance(ID, "worker-1", "active")));
        events().expectedMessageCount(2);

        startWatching("");

        MockEndpoint.assertIsSatisfied(context, 10, TimeUnit.SECONDS);
        List<Exchange> received = events().getReceivedExchanges();
        assertEvent(received.get(0), InstanceEventType.STATUS_CHANGED, "booting", "contactable");
        assertEvent(received.get(1), InstanceEventType.STATUS_CHANGED, "contactable", "active");
    }

    @Test
    void firstPollIsSilentBaselineByDefault() throws Exception {
        serveList(list(instance(ID, "worker-1", "active")));

        startWatching("");

        await().atMost(Duration.ofSeconds(10)).until(() -> listRequests() >= 3);
        assertThat(events().getReceivedCounter()).isZero();
    }

    @Test
    void emitInitialStateReportsExistingInstances() throws Exception {
        String second = "1a1b2c3d4e5f60718293a4b5c6d7e8f9";
        serveList(list(instance(ID, "worker-1", "active"), instance(second, "worker-2", "booting")));
        events().expectedMessageCount(2);

        startWatching("&emitInitialState=true");

        MockEndpoint.assertIsSatisfied(context, 10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> listRequests() >= 3);
        List<Exchange> received = events().getReceivedExchanges();
        assertThat(received).hasSize(2);
        assertEvent(received.get(0), InstanceEventType.INSTANCE_APPEARED, null, "active");
        assertEvent(received.get(1), InstanceEventType.INSTANCE_APPEARED, null, "booting");
        assertThat(received.get(1).getMessage().getHeader(LambdaCloudConstants.INSTANCE_ID)).isEqualTo(second);
    }

    static void assertEvent(Exchange exchange, InstanceEventType type, String previousStatus, String status) {
        Message message = exchange.getMessage();
        assertThat(message.getHeader(LambdaCloudConstants.EVENT_TYPE)).isEqualTo(type);
        assertThat(message.getHeader(LambdaCloudConstants.PREVIOUS_STATUS)).isEqualTo(previousStatus);
        assertThat(message.getHeader(LambdaCloudConstants.STATUS)).isEqualTo(status);
    }
}

package io.github.camellambdacloud.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellambdacloud.client.Instance;
import io.github.camellambdacloud.client.InstanceStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A route that stops while a poll is emitting: the events it did not take are reported after the restart, from the
 * stored snapshot, and the ones it took are not reported again. The polls are driven by hand with parsed lists, so no
 * HTTP request is sent.
 */
class InstanceConsumerStopTest {

    private static final String FIRST = "0d000000000000000000000000000001";
    private static final String SECOND = "0d000000000000000000000000000002";
    private static final String THIRD = "0d000000000000000000000000000003";

    private final List<String> received = new CopyOnWriteArrayList<>();
    private CamelContext context;
    private LambdaCloudEndpoint endpoint;
    private int acceptedBeforeStop = Integer.MAX_VALUE;
    private Runnable onFirstEvent;
    private LambdaCloudInstanceConsumer stopWhenRejecting;

    @TempDir
    Path stateDirectory;

    @BeforeEach
    void startContext() throws Exception {
        context = new DefaultCamelContext();
        // A file repository, because a memory repository clears its state when the consumer stops it.
        context.getRegistry().bind("state",
                FileStateRepository.fileStateRepository(stateDirectory.resolve("state.dat").toFile()));
        context.start();
        // Port 9 on 127.0.0.1 is never contacted: every list is handed to the consumer directly.
        endpoint = context.getEndpoint("lambdacloud:instances?apiKey=stop-test-key&baseUrl=http://127.0.0.1:9/api/v1"
                + "&allowInsecureHttp=true&startScheduler=false&stateRepository=#state&stateKey=stop-test",
                LambdaCloudEndpoint.class);
    }

    @AfterEach
    void stopContext() throws Exception {
        context.close();
    }

    @Test
    void rejectedEventsAreReportedAfterRestart() throws Exception {
        LambdaCloudInstanceConsumer consumer = startConsumer();
        poll(consumer, instance(FIRST, "active"), instance(SECOND, "active"));

        // The route takes one exchange. Then the consumer stops, as a stopping route stops it, and the route rejects
        // the rest the way Camel does while the poll thread is still sending.
        acceptedBeforeStop = 1;
        stopWhenRejecting = consumer;
        int emitted = poll(consumer, instance(FIRST, "unhealthy"), instance(SECOND, "unhealthy"),
                instance(THIRD, "booting"));

        assertThat(emitted).isEqualTo(1);
        assertThat(received).containsExactly(FIRST + " STATUS_CHANGED unhealthy");

        acceptedBeforeStop = Integer.MAX_VALUE;
        LambdaCloudInstanceConsumer restarted = startConsumer();
        poll(restarted, instance(FIRST, "unhealthy"), instance(SECOND, "unhealthy"), instance(THIRD, "booting"));

        assertThat(received).containsExactly(FIRST + " STATUS_CHANGED unhealthy",
                SECOND + " STATUS_CHANGED unhealthy", THIRD + " INSTANCE_APPEARED booting");
    }

    @Test
    void eventsAfterStopReportedAfterRestart() throws Exception {
        LambdaCloudInstanceConsumer consumer = startConsumer();
        poll(consumer, instance(FIRST, "active"), instance(SECOND, "active"));

        // The first exchange stops the consumer, so the second event of the poll finds it no longer running.
        stopWhenFirstEventArrives(consumer);
        poll(consumer, instance(FIRST, "unhealthy"), instance(SECOND, "unhealthy"));

        assertThat(received).containsExactly(FIRST + " STATUS_CHANGED unhealthy");

        LambdaCloudInstanceConsumer restarted = startConsumer();
        poll(restarted, instance(FIRST, "unhealthy"), instance(SECOND, "unhealthy"));

        assertThat(received).containsExactly(FIRST + " STATUS_CHANGED unhealthy",
                SECOND + " STATUS_CHANGED unhealthy");
    }

    @Test
    void rejectionWhileRunningIsFailedExchange() throws Exception {
        LambdaCloudInstanceConsumer consumer = startConsumer();
        poll(consumer, instance(FIRST, "active"), instance(SECOND, "active"));

        // A full thread pool rejects the first exchange while the consumer keeps running.
        acceptedBeforeStop = 0;
        int emitted = poll(consumer, instance(FIRST, "unhealthy"), instance(SECOND, "unhealthy"));
        acceptedBeforeStop = Integer.MAX_VALUE;
        poll(consumer, instance(FIRST, "unhealthy"), instance(SECOND, "unhealthy"));

        assertThat(emitted).isEqualTo(2);
        assertThat(received).isEmpty();
    }

    private void stopWhenFirstEventArrives(LambdaCloudInstanceConsumer consumer) {
        onFirstEvent = () -> {
            onFirstEvent = null;
            consumer.stop();
        };
    }

    private LambdaCloudInstanceConsumer startConsumer() throws Exception {
        LambdaCloudInstanceConsumer consumer = (LambdaCloudInstanceConsumer) endpoint.createConsumer(this::receive);
        consumer.start();
        return consumer;
    }

    private void receive(Exchange exchange) {
        if (received.size() >= acceptedBeforeStop) {
            if (stopWhenRejecting != null) {
                stopWhenRejecting.stop();
            }
            exchange.setException(new RejectedExecutionException("Run is not allowed"));
            return;
        }
        received.add(exchange.getMessage().getHeader(LambdaCloudConstants.INSTANCE_ID) + " "
                + exchange.getMessage().getHeader(LambdaCloudConstants.EVENT_TYPE) + " "
                + exchange.getMessage().getHeader(LambdaCloudConstants.STATUS));
        if (onFirstEvent != null) {
            onFirstEvent.run();
        }
    }

    private static int poll(LambdaCloudInstanceConsumer consumer, Instance... instances) {
        return consumer.emitChanges(consumer.getEndpoint().getClient(), List.of(instances));
    }

    private static Instance instance(String id, String status) {
        return new Instance(id, "worker-" + id.substring(31), null, null, InstanceStatus.of(status), List.of(),
                List.of(), List.of(), null, null, null, null, null, null, List.of(), List.of(), null);
    }
}

package io.github.camellambdacloud.component;

import static io.github.camellambdacloud.component.InstanceConsumerLifecycleTest.assertEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceConsumerStateTest extends InstanceConsumerTestSupport {

    private static final String BOOTING = "0b000000000000000000000000000001";
    private static final String TERMINATED = "0b000000000000000000000000000002";
    private static final String LAUNCHED = "0b000000000000000000000000000003";

    @TempDir
    Path stateDirectory;

    @Test
    void restartEmitsMissedChangesOnce() throws Exception {
        File stateFile = stateDirectory.resolve("lambdacloud-state.dat").toFile();
        context.getRegistry().bind("state", FileStateRepository.fileStateRepository(stateFile));
        serveList(list(instance(BOOTING, "worker-1", "booting"), instance(TERMINATED, "worker-2", "active")));
        startWatching("&stateRepository=#state");
        await().atMost(Duration.ofSeconds(10)).until(() -> listRequests() >= 2);
        context.getRouteController().stopRoute("watch");
        assertThat(events().getReceivedCounter()).isZero();

        serveList(list(instance(BOOTING, "worker-1", "active"), instance(LAUNCHED, "worker-3", "booting")));
        serveInstance(TERMINATED, notFound());
        events().expectedMessageCount(3);
        int requestsBeforeRestart = listRequests();
        context.getRouteController().startRoute("watch");

        MockEndpoint.assertIsSatisfied(context, 10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> listRequests() >= requestsBeforeRestart + 3);
        List<Exchange> received = events().getReceivedExchanges();
        assertThat(received).hasSize(3);
        assertEvent(received.get(0), InstanceEventType.STATUS_CHANGED, "booting", "active");
        assertEvent(received.get(1), InstanceEventType.INSTANCE_APPEARED, null, "booting");
        assertEvent(received.get(2), InstanceEventType.INSTANCE_DISAPPEARED, "active", "active");
        assertThat(received.get(2).getMessage().getHeader(LambdaCloudConstants.INSTANCE_ID)).isEqualTo(TERMINATED);

        context.getRouteController().stopRoute("watch");
        int requestsBeforeSecondRestart = listRequests();
        context.getRouteController().startRoute("watch");
        await().atMost(Duration.ofSeconds(10)).until(() -> listRequests() >= requestsBeforeSecondRestart + 3);
        assertThat(events().getReceivedCounter()).isEqualTo(3);
    }

    @Test
    void storedSnapshotLeavesOutJupyterToken() throws Exception {
        File stateFile = stateDirectory.resolve("lambdacloud-state.dat").toFile();
        FileStateRepository repository = FileStateRepository.fileStateRepository(stateFile);
        context.getRegistry().bind("state", repository);
        serveList(list(instance(BOOTING, "worker-1", "active")));

        startWatching("&stateRepository=#state&stateKey=gpu-watch");

        await().atMost(Duration.ofSeconds(10)).until(() -> repository.getState("gpu-watch") != null);
        String stored = repository.getState("gpu-watch");
        assertThat(stored).contains("\"id\":\"" + BOOTING + "\"");
        assertThat(stored).doesNotContain("jupyter-secret");
        assertThat(Files.readString(stateFile.toPath())).doesNotContain("jupyter-secret");
    }

    @Test
    void invalidStoredSnapshotFailsAtStart() throws Exception {
        File stateFile = stateDirectory.resolve("lambdacloud-state.dat").toFile();
        FileStateRepository repository = FileStateRepository.fileStateRepository(stateFile);
        repository.start();
        repository.setState("gpu-watch", "{\"format\": 99, \"instances\": []}");
        repository.stop();
        context.getRegistry().bind("state", FileStateRepository.fileStateRepository(stateFile));
        serveList(list());

        assertThat(startFailure("&stateRepository=#state&stateKey=gpu-watch", IllegalStateException.class))
                .hasMessageContaining("expected format 1")
                .hasMessageContaining("remove that key");
    }
}

package io.github.camellambdacloud.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Camel contexts consume {@code master:lambdacloud:lambdacloud:instances} with a file-lock cluster service and
 * one shared state file: only the leader polls and emits, and when it stops the other node takes over from the
 * stored snapshot, so no change is emitted twice and none is lost.
 */
class MasterComponentTest extends InstanceConsumerTestSupport {

    private static final String ID = "0d000000000000000000000000000001";

    @TempDir
    Path clusterDirectory;

    private final List<String> eventsA = new CopyOnWriteArrayList<>();
    private final List<String> eventsB = new CopyOnWriteArrayList<>();
    private CamelContext nodeA;
    private CamelContext nodeB;

    @AfterEach
    void stopNodes() throws Exception {
        for (CamelContext node : new CamelContext[] {nodeA, nodeB}) {
            if (node != null) {
                node.stop();
            }
        }
    }

    @Test
    void onlyLeaderEmitsAndFollowerTakesOver() throws Exception {
        serveList(list(instance(ID, "worker-1", "booting")));
        nodeA = startNode("node-a", eventsA);
        await().atMost(Duration.ofSeconds(15)).until(() -> listRequests() >= 2);
        nodeB = startNode("node-b", eventsB);

        serveList(list(instance(ID, "worker-1", "active")));
        await().atMost(Duration.ofSeconds(10)).until(() -> eventsA.size() + eventsB.size() >= 1);
        List<String> leaderEvents = eventsA.isEmpty() ? eventsB : eventsA;
        List<String> followerEvents = leaderEvents == eventsA ? eventsB : eventsA;
        CamelContext leader = leaderEvents == eventsA ? nodeA : nodeB;
        int requestsBefore = listRequests();
        await().atMost(Duration.ofSeconds(10)).until(() -> listRequests() >= requestsBefore + 3);

        assertThat(leaderEvents).containsExactly("STATUS_CHANGED booting->active");
        assertThat(followerEvents).isEmpty();

        leader.stop();
        serveList(list(instance(ID, "worker-1", "terminating")));
        await().atMost(Duration.ofSeconds(15)).until(() -> !followerEvents.isEmpty());
        int requestsAfterTakeover = listRequests();
        await().atMost(Duration.ofSeconds(10)).until(() -> listRequests() >= requestsAfterTakeover + 3);

        assertThat(followerEvents).containsExactly("STATUS_CHANGED active->terminating");
        assertThat(leaderEvents).containsExactly("STATUS_CHANGED booting->active");
    }

    private CamelContext startNode(String nodeId, List<String> events) throws Exception {
        CamelContext node = new DefaultCamelContext();
        FileLockClusterService clusterService = new FileLockClusterService();
        clusterService.setId(nodeId);
        clusterService.setRoot(clusterDirectory.resolve("locks").toString());
        clusterService.setAcquireLockDelay(10, TimeUnit.MILLISECONDS);
        clusterService.setAcquireLockInterval(50, TimeUnit.MILLISECONDS);
        node.addService(clusterService);
        node.getRegistry().bind("clock", Clock.fixed(NOW, ZoneOffset.UTC));
        node.getRegistry().bind("state",
                FileStateRepository.fileStateRepository(clusterDirectory.resolve("state.dat").toFile()));
        node.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:lambdacloud:" + watchUri("&stateRepository=#state&stateKey=watch")).routeId("watch")
                        .process(exchange -> events.add(
                                exchange.getMessage().getHeader(LambdaCloudConstants.EVENT_TYPE, String.class) + " "
                                + exchange.getMessage().getHeader(LambdaCloudConstants.PREVIOUS_STATUS) + "->"
                                + exchange.getMessage().getHeader(LambdaCloudConstants.STATUS)));
            }
        });
        node.start();
        return node;
    }
}

package io.github.camellambdacloud.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

/**
 * Two Camel contexts consume {@code master:lambdacloud:lambdacloud:instances} with a file-lock cluster service and
 * one shared state file: only the leader polls and emits, and when it stops the other node takes over from the
 * stored snapshot, so no change is emitted twice and none is lost.
 */
class MasterComponentTest extends ClusterNodeTestSupport {

    private static final String ID = "0d000000000000000000000000000001";

    private final List<String> eventsA = new CopyOnWriteArrayList<>();
    private final List<String> eventsB = new CopyOnWriteArrayList<>();

    @Test
    void onlyLeaderEmitsAndFollowerTakesOver() throws Exception {
        serveList(list(instance(ID, "worker-1", "booting")));
        CamelContext nodeA = startNode("node-a", masterWatch(eventsA));
        await().atMost(Duration.ofSeconds(15)).until(() -> listRequests() >= 2);
        CamelContext nodeB = startNode("node-b", masterWatch(eventsB));

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

    /** Returns the route {@code watch} through the master component, which adds each event to {@code events}. */
    private RoutesBuilder masterWatch(List<String> events) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("master:lambdacloud:" + watchUri("&stateRepository=#state&stateKey=watch")).routeId("watch")
                        .process(exchange -> events.add(
                                exchange.getMessage().getHeader(LambdaCloudConstants.EVENT_TYPE, String.class) + " "
                                + exchange.getMessage().getHeader(LambdaCloudConstants.PREVIOUS_STATUS) + "->"
                                + exchange.getMessage().getHeader(LambdaCloudConstants.STATUS)));
            }
        };
    }
}

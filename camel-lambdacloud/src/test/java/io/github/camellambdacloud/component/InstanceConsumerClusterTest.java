package io.github.camellambdacloud.component;

import static io.github.camellambdacloud.component.InstanceConsumerLifecycleTest.assertEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.junit.jupiter.api.Test;

/**
 * Two Camel contexts watch the same account, as two machines would. A file-lock cluster service elects one leader,
 * and both nodes keep the snapshot in one state file, so the node that takes over resumes where the leader stopped.
 */
class InstanceConsumerClusterTest extends ClusterNodeTestSupport {

    private static final String ID = "0c000000000000000000000000000001";

    @Test
    void onlyLeaderEmitsAndFollowerResumesOnTakeover() throws Exception {
        serveList(list(instance(ID, "worker-1", "booting")));
        CamelContext nodeA = startNode("node-a", clusteredWatch());
        CamelContext nodeB = startNode("node-b", clusteredWatch());
        await().atMost(Duration.ofSeconds(15)).until(() -> isLeader(nodeA) || isLeader(nodeB));
        CamelContext leader = isLeader(nodeA) ? nodeA : nodeB;
        CamelContext follower = leader == nodeA ? nodeB : nodeA;
        await().atMost(Duration.ofSeconds(10)).until(() -> listRequests() >= 2);

        MockEndpoint leaderEvents = leader.getEndpoint("mock:events", MockEndpoint.class);
        leaderEvents.expectedMessageCount(1);
        serveList(list(instance(ID, "worker-1", "active")));
        MockEndpoint.assertIsSatisfied(leader, 10, TimeUnit.SECONDS);
        assertEvent(leaderEvents.getReceivedExchanges().get(0), InstanceEventType.STATUS_CHANGED, "booting", "active");

        leader.stop();
        serveList(list(instance(ID, "worker-1", "terminating")));
        MockEndpoint followerEvents = follower.getEndpoint("mock:events", MockEndpoint.class);
        followerEvents.expectedMessageCount(1);

        MockEndpoint.assertIsSatisfied(follower, 15, TimeUnit.SECONDS);
        int requestsAfterTakeover = listRequests();
        await().atMost(Duration.ofSeconds(10)).until(() -> listRequests() >= requestsAfterTakeover + 3);
        assertThat(followerEvents.getReceivedCounter()).isEqualTo(1);
        assertEvent(followerEvents.getReceivedExchanges().get(0), InstanceEventType.STATUS_CHANGED, "active",
                "terminating");
    }

    /** Returns the route {@code watch} to {@code mock:events}, which the cluster policy runs only on the leader. */
    private RoutesBuilder clusteredWatch() {
        return new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                from(watchUri("&stateRepository=#state")).routeId("watch")
                        .routePolicy(ClusteredRoutePolicy.forNamespace("lambdacloud-instances"))
                        .to("mock:events");
            }
        };
    }

    private static boolean isLeader(CamelContext node) {
        return node.getRouteController().getRouteStatus("watch").isStarted();
    }
}

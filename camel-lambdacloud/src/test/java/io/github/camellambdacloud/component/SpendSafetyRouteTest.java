package io.github.camellambdacloud.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellambdacloud.client.LaunchOutcome;
import io.github.camellambdacloud.client.LaunchOutcomeUnknownException;
import io.github.camellambdacloud.client.LaunchPreview;
import io.github.camellambdacloud.client.SpendLimitExceededException;
import io.github.camellambdacloud.client.TerminateOutcome;
import io.github.camellambdacloud.simulator.Fault;
import io.github.camellambdacloud.simulator.FaultRule;
import io.github.camellambdacloud.simulator.LambdaCloudSimulator;
import io.github.camellambdacloud.simulator.LambdaCloudSimulatorExtension;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Launch, terminate and waiting through routes against the simulator. The simulator runs 6000 times faster than the
 * wall clock, so a 3-minute boot takes 30 ms, and the routes poll every 20 ms.
 */
class SpendSafetyRouteTest extends CamelTestSupport {

    @RegisterExtension
    static final LambdaCloudSimulatorExtension SIMULATOR = new LambdaCloudSimulatorExtension(
            LambdaCloudSimulator.builder().timeScale(6000)).resetBeforeEach();

    private static final String LAUNCH_PATH = "/instance-operations/launch";

    @BeforeEach
    void addKey() {
        SIMULATOR.simulator().addSshKey("camel-key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample camel@host");
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        String common = "&apiKey=" + SIMULATOR.simulator().apiKey() + "&baseUrl=" + SIMULATOR.baseUrl()
                + "&requestInterval=0&launchInterval=0&retryInitialBackoff=0&retryMaxBackoff=0"
                + "&waitPollInterval=20&waitTimeout=30000&launchReconcileTimeout=0";
        String launch = "lambdacloud:instances?operation=launch&instanceTypeName=gpu_1x_a10&sshKeyName=camel-key"
                + common;
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:launch").to(launch + "&regionName=us-east-1");
                from("direct:launchRedelivered")
                        .onException(LaunchOutcomeUnknownException.class).maximumRedeliveries(1).redeliveryDelay(0)
                        .end()
                        .to(launch + "&regionName=us-east-1&retryMaxAttempts=1");
                from("direct:launchAndWait").to(launch + "&regionName=us-east-1&waitForActive=true");
                from("direct:launchGuarded").to(launch + "&regionName=us-east-1&maxPriceCentsPerHour=50");
                from("direct:dryRun").to(launch + "&regionName=us-south-2,us-west-1&dryRun=true");
                from("direct:terminate").to("lambdacloud:instances?operation=terminate&waitForTermination=true"
                        + common);
            }
        };
    }

    private long launchRequests() {
        return SIMULATOR.simulator().requests().stream()
                .filter(request -> request.method().equals("POST") && request.path().endsWith(LAUNCH_PATH))
                .count();
    }

    @Test
    void lostLaunchResponseIsReconciled() {
        SIMULATOR.simulator().faults().add(FaultRule.matching("POST", LAUNCH_PATH,
                Fault.closeConnection().afterProcessing()).withTimes(1));

        Exchange exchange = template.request("direct:launch", e -> e.getMessage()
                .setHeader(LambdaCloudConstants.LAUNCH_ID, "route-job-1"));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(LambdaCloudConstants.LAUNCH_RECONCILED)).isEqualTo(true);
        assertThat(exchange.getMessage().getBody(LaunchOutcome.class).instanceIds()).hasSize(1);
        assertThat(launchRequests()).isEqualTo(1);
    }

    @Test
    void ambiguousLaunchWithoutInstanceRaises() {
        SIMULATOR.simulator().faults().add(FaultRule.matching("POST", LAUNCH_PATH, Fault.htmlPage(503)).withTimes(1));

        Exchange exchange = template.request("direct:launch", e -> { });

        assertThat(exchange.getException()).isInstanceOf(LaunchOutcomeUnknownException.class);
        assertThat(exchange.getException().getMessage()).contains("lambdacloud-launch-id=" + exchange.getExchangeId());
        assertThat(launchRequests()).isEqualTo(1);
    }

    @Test
    void redeliveredLaunchFindsEarlierInstance() {
        // The first attempt creates the instance but loses the response, and its one reconciling listing fails.
        // Its outcome is unknown, so the redelivery must find the instance instead of launching a second one.
        SIMULATOR.simulator().faults().add(FaultRule.matching("POST", LAUNCH_PATH,
                Fault.closeConnection().afterProcessing()).withTimes(1));
        SIMULATOR.simulator().faults().add(FaultRule.matching("GET", "^/instances$",
                Fault.htmlPage(503)).withTimes(1));

        Exchange exchange = template.request("direct:launchRedelivered", e -> e.getMessage()
                .setHeader(LambdaCloudConstants.LAUNCH_ID, "redelivered-job-1"));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(LambdaCloudConstants.LAUNCH_RECONCILED)).isEqualTo(true);
        assertThat(launchRequests()).isEqualTo(1);
        assertThat(SIMULATOR.simulator().instances()).hasSize(1);
    }

    @Test
    void redeliveryAfterUnknownOutcomeNeverLaunches() {
        // The first attempt's response is lost and nothing was created, so the outcome stays unknown. The
        // redelivery must not launch, because the instance may still appear.
        SIMULATOR.simulator().faults().add(FaultRule.matching("POST", LAUNCH_PATH, Fault.htmlPage(503)).withTimes(1));

        Exchange exchange = template.request("direct:launchRedelivered", e -> e.getMessage()
                .setHeader(LambdaCloudConstants.LAUNCH_ID, "redelivered-job-2"));

        assertThat(exchange.getException()).isInstanceOf(LaunchOutcomeUnknownException.class);
        assertThat(exchange.getException().getMessage()).contains("An earlier attempt of launch redelivered-job-2");
        assertThat(launchRequests()).isEqualTo(1);
        assertThat(SIMULATOR.simulator().instances()).isEmpty();
    }

    @Test
    void waitForActiveReturnsActiveInstance() {
        Exchange exchange = template.request("direct:launchAndWait", e -> { });

        assertThat(exchange.getException()).isNull();
        LaunchOutcome outcome = exchange.getMessage().getBody(LaunchOutcome.class);
        assertThat(outcome.instance().status().value()).isEqualTo("active");
        assertThat(outcome.instance().ip()).isNotNull();
    }

    @Test
    void priceLimitSendsNoLaunch() {
        Exchange exchange = template.request("direct:launchGuarded", e -> { });

        assertThat(exchange.getException()).isInstanceOf(SpendLimitExceededException.class);
        assertThat(launchRequests()).isZero();
    }

    @Test
    void dryRunSendsNoLaunch() {
        Exchange exchange = template.request("direct:dryRun", e -> { });

        assertThat(exchange.getException()).isNull();
        LaunchPreview preview = exchange.getMessage().getBody(LaunchPreview.class);
        assertThat(preview.regionName()).isEqualTo("us-west-1");
        assertThat(preview.priceCentsPerHour()).isEqualTo(75);
        assertThat(launchRequests()).isZero();
        assertThat(SIMULATOR.simulator().instances()).isEmpty();
    }

    @Test
    void terminateWaitsUntilGone() {
        LaunchOutcome launched = template.request("direct:launch", e -> { }).getMessage().getBody(LaunchOutcome.class);

        Exchange exchange = template.request("direct:terminate", e -> e.getMessage()
                .setHeader(LambdaCloudConstants.INSTANCE_IDS, launched.instanceIds()));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(TerminateOutcome.class).terminatedIds())
                .isEqualTo(launched.instanceIds());
        assertThat(SIMULATOR.simulator().instances()).extracting(snapshot -> snapshot.status())
                .allMatch(status -> status.equals("terminated"));
    }

    @Test
    void launchIdHeaderBecomesTag() {
        Exchange exchange = template.request("direct:launch", e -> e.getMessage().setHeaders(
                new java.util.HashMap<>(Map.of(LambdaCloudConstants.LAUNCH_ID, "route-job-2"))));

        assertThat(exchange.getMessage().getHeader(LambdaCloudConstants.LAUNCH_ID)).isEqualTo("route-job-2");
        assertThat(SIMULATOR.simulator().instances().get(0).tags())
                .containsEntry("lambdacloud-launch-id", "route-job-2");
        assertThat(List.of(exchange.getMessage().getHeader(LambdaCloudConstants.LAUNCH_RECONCILED)))
                .containsExactly(false);
    }
}

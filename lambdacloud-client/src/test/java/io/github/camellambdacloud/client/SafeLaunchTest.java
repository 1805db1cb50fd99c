package io.github.camellambdacloud.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.camellambdacloud.simulator.Fault;
import io.github.camellambdacloud.simulator.FaultRule;
import io.github.camellambdacloud.simulator.InstanceSnapshot;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SafeLaunchTest {

    private static final String LAUNCH_PATH = "/instance-operations/launch";

    private SimulatedAccount account;

    @BeforeEach
    void start() {
        account = new SimulatedAccount();
    }

    @AfterEach
    void stop() throws Exception {
        account.close();
    }

    private static LaunchRequest request(String region) {
        return LaunchRequest.builder(region, "gpu_1x_a10", SimulatedAccount.SSH_KEY).build();
    }

    @Test
    void launchCarriesLaunchIdTag() {
        LaunchOutcome outcome = account.launcher().build().launch(request("us-east-1"), null, "job-1");

        assertThat(outcome.reconciled()).isFalse();
        assertThat(outcome.instanceIds()).hasSize(1);
        assertThat(account.simulator.instances().get(0).tags()).containsEntry(LaunchTags.LAUNCH_ID_KEY, "job-1");
    }

    @Test
    void closedConnectionAfterLaunchIsReconciled() {
        account.simulator.faults().add(FaultRule.matching("POST", LAUNCH_PATH,
                Fault.closeConnection().afterProcessing()).withTimes(1));

        LaunchOutcome outcome = account.launcher().build().launch(request("us-east-1"), null, "job-2");

        assertThat(outcome.reconciled()).isTrue();
        assertThat(outcome.instanceIds()).containsExactly(account.simulator.instances().get(0).id());
        assertThat(outcome.regionName()).isEqualTo("us-east-1");
        assertThat(account.launchRequests()).isEqualTo(1);
        assertThat(account.simulator.instances()).hasSize(1);
    }

    @Test
    void htmlErrorPageAfterLaunchIsReconciled() {
        account.simulator.faults().add(FaultRule.matching("POST", LAUNCH_PATH,
                Fault.htmlPage(502).afterProcessing()).withTimes(1));

        LaunchOutcome outcome = account.launcher().build().launch(request("us-east-1"), null, "job-3");

        assertThat(outcome.reconciled()).isTrue();
        assertThat(outcome.instanceIds()).hasSize(1);
        assertThat(account.launchRequests()).isEqualTo(1);
    }

    @Test
    void unreadableSuccessAfterLaunchIsReconciled() {
        account.simulator.faults().add(FaultRule.matching("POST", LAUNCH_PATH,
                Fault.emptyJsonObject(200).afterProcessing()).withTimes(1));

        LaunchOutcome outcome = account.launcher().build().launch(request("us-east-1"), null, "job-4");

        assertThat(outcome.reconciled()).isTrue();
        assertThat(account.launchRequests()).isEqualTo(1);
    }

    @Test
    void ambiguousLaunchWithoutInstanceFailsClearly() {
        account.simulator.faults().add(FaultRule.matching("POST", LAUNCH_PATH, Fault.closeConnection()).withTimes(1));
        InstanceLauncher launcher = account.launcher()
                .reconcileTimeout(Duration.ofSeconds(30))
                .reconcileInterval(Duration.ofSeconds(10))
                .build();

        LaunchOutcomeUnknownException error = catchThrowableOfType(
                () -> launcher.launch(request("us-east-1"), null, "job-5"), LaunchOutcomeUnknownException.class);

        assertThat(error).isNotNull();
        assertThat(error.launchId()).isEqualTo("job-5");
        assertThat(error.getMessage()).contains("lambdacloud-launch-id=job-5");
        assertThat(error.getMessage()).contains("not sent again");
        assertThat(error.getMessage()).contains("4 time(s)");
        assertThat(account.launchRequests()).isEqualTo(1);
        assertThat(account.count("GET", "/instances")).isEqualTo(4);
        assertThat(account.simulator.instances()).isEmpty();
    }

    @Test
    void rateLimitedLaunchIsResentOnce() {
        account.simulator.faults().add(FaultRule.matching("POST", LAUNCH_PATH,
                Fault.error(429, "global/rate-limited", "Your API requests are being rate limited.")).withTimes(1));

        LaunchOutcome outcome = account.launcher().build().launch(request("us-east-1"), null, "job-6");

        assertThat(outcome.reconciled()).isFalse();
        assertThat(account.launchRequests()).isEqualTo(2);
        assertThat(account.simulator.instances()).hasSize(1);
    }

    @Test
    void nameMatchesUntaggedBootingInstanceOnly() {
        LaunchRequest named = LaunchRequest.builder("us-east-1", "gpu_1x_a10", SimulatedAccount.SSH_KEY)
                .name("worker").build();
        Instance other = new Instance("a".repeat(32), "worker", null, null, InstanceStatus.ACTIVE, null, null, null,
                new Region("us-east-1", null), new InstanceType("gpu_1x_a10", null, null, 75, null), null, null, null,
                null, List.of(), null, null);
        Instance fresh = new Instance("b".repeat(32), "worker", null, null, InstanceStatus.BOOTING, null, null, null,
                new Region("us-east-1", null), new InstanceType("gpu_1x_a10", null, null, 75, null), null, null, null,
                null, List.of(), null, null);

        assertThat(LaunchReconciler.isLaunchedBy(other, named, "job-7")).isFalse();
        assertThat(LaunchReconciler.isLaunchedBy(fresh, named, "job-7")).isTrue();
    }

    @Test
    void capacityAwareLaunchMovesToNextRegion() {
        account.simulator.catalogLies(1);

        LaunchOutcome outcome = account.launcher().build()
                .launch(request("us-east-1"), List.of("us-east-1", "us-west-1"), "job-8");

        assertThat(outcome.regionName()).isEqualTo("us-west-1");
        assertThat(account.launchRequests()).isEqualTo(2);
        assertThat(account.simulator.instances()).extracting(InstanceSnapshot::regionName).containsExactly("us-west-1");
    }

    @Test
    void capacityAwareLaunchSkipsRegionsWithoutCapacity() {
        LaunchOutcome outcome = account.launcher().build()
                .launch(request("us-south-2"), List.of("us-south-2", "europe-central-1"), "job-9");

        assertThat(outcome.regionName()).isEqualTo("europe-central-1");
        assertThat(account.launchRequests()).isEqualTo(1);
    }

    @Test
    void anyRegionUsesCatalog() {
        LaunchOutcome outcome = account.launcher().build()
                .launch(request("any"), List.of(InstanceLauncher.ANY_REGION), "job-10");

        assertThat(outcome.regionName()).isEqualTo("us-east-1");
    }

    @Test
    void noCapacityListsEveryAttempt() {
        account.simulator.catalogLies(2);

        NoCapacityException error = catchThrowableOfType(() -> account.launcher().build()
                .launch(request("us-east-1"), List.of("us-east-1", "us-south-2", "us-west-1"), "job-11"),
                NoCapacityException.class);

        assertThat(error).isNotNull();
        assertThat(error.attempts()).containsExactly("us-south-2: catalog lists no capacity",
                "us-east-1: launch failed with insufficient-capacity",
                "us-west-1: launch failed with insufficient-capacity");
        assertThat(account.launchRequests()).isEqualTo(2);
        assertThat(account.simulator.instances()).isEmpty();
    }

    @Test
    void priceLimitRejectsWithoutLaunching() {
        InstanceLauncher launcher = account.launcher().spendGuard(new SpendGuard(50, null)).build();

        SpendLimitExceededException error = catchThrowableOfType(
                () -> launcher.launch(request("us-east-1"), null, "job-12"), SpendLimitExceededException.class);

        assertThat(error).isNotNull();
        assertThat(error.getMessage()).contains("costs 75 cents per hour");
        assertThat(account.launchRequests()).isZero();
    }

    @Test
    void runningLimitRejectsWithoutLaunching() {
        InstanceLauncher launcher = account.launcher().spendGuard(new SpendGuard(null, 1)).build();
        launcher.launch(request("us-east-1"), null, "job-13");

        SpendLimitExceededException error = catchThrowableOfType(
                () -> launcher.launch(request("us-east-1"), null, "job-14"), SpendLimitExceededException.class);

        assertThat(error).isNotNull();
        assertThat(error.getMessage()).contains("1 instances are booting, active or unhealthy");
        assertThat(account.launchRequests()).isEqualTo(1);
    }

    @Test
    void previewSendsNoLaunch() {
        LaunchPreview preview = account.launcher().spendGuard(new SpendGuard(100, 5)).build()
                .preview(request("us-south-2,us-west-1"), List.of("us-south-2", "us-west-1"), "job-15");

        assertThat(preview.regionName()).isEqualTo("us-west-1");
        assertThat(preview.priceCentsPerHour()).isEqualTo(75);
        assertThat(preview.request().regionName()).isEqualTo("us-west-1");
        assertThat(LaunchTags.launchIdOf(preview.request())).isEqualTo("job-15");
        assertThat(account.launchRequests()).isZero();
    }

    @Test
    void longLaunchIdSeedIsHashed() {
        String launchId = LaunchTags.launchIdFrom("x".repeat(200));

        assertThat(launchId).hasSize(64);
        assertThat(LaunchTags.launchIdFrom("ID-host-1")).isEqualTo("ID-host-1");
    }
}

package io.github.camellambdacloud.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InstanceWaiterTest {

    private SimulatedAccount account;
    private InstanceWaiter waiter;
    private String instanceId;

    @BeforeEach
    void launch() {
        account = new SimulatedAccount();
        waiter = new InstanceWaiter(account.client, WaitSettings.DEFAULT, account.clock, account.sleeper);
        instanceId = account.client.launchInstance(
                LaunchRequest.builder("us-east-1", "gpu_1x_a10", SimulatedAccount.SSH_KEY).build()).instanceIds().get(0);
    }

    @AfterEach
    void stop() throws Exception {
        account.close();
    }

    @Test
    void activeInstanceHasIp() {
        Instance active = waiter.awaitActive(instanceId);

        assertThat(active.status()).isEqualTo(InstanceStatus.ACTIVE);
        assertThat(active.ip()).isNotNull();
    }

    @Test
    void preemptedInstanceFailsFast() {
        account.simulator.injectStatus(instanceId, "preempted");

        InstanceWaitException error = catchThrowableOfType(() -> waiter.awaitActive(instanceId),
                InstanceWaitException.class);

        assertThat(error.reason()).isEqualTo(InstanceWaitException.Reason.INSTANCE_GONE);
        assertThat(error.lastStatus()).isEqualTo("preempted");
        assertThat(account.count("GET", "/instances/" + instanceId)).isEqualTo(1);
    }

    @Test
    void unhealthyTooLongFails() {
        account.simulator.advance(Duration.ofMinutes(3));
        account.simulator.injectStatus(instanceId, "unhealthy");

        InstanceWaitException error = catchThrowableOfType(() -> waiter.awaitActive(instanceId),
                InstanceWaitException.class);

        assertThat(error.reason()).isEqualTo(InstanceWaitException.Reason.UNHEALTHY_TOO_LONG);
        assertThat(error.lastStatus()).isEqualTo("unhealthy");
        assertThat(error.getMessage()).contains("unhealthy for more than 300 s");
    }

    @Test
    void bootLongerThanTimeoutTimesOut() {
        InstanceWaiter impatient = new InstanceWaiter(account.client, new WaitSettings(Duration.ofMinutes(1),
                Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofMinutes(1)), account.clock, account.sleeper);

        InstanceWaitException error = catchThrowableOfType(() -> impatient.awaitActive(instanceId),
                InstanceWaitException.class);

        assertThat(error.reason()).isEqualTo(InstanceWaitException.Reason.TIMED_OUT);
        assertThat(error.lastStatus()).isEqualTo("booting");
        assertThat(account.count("GET", "/instances/" + instanceId)).isEqualTo(7);
    }

    @Test
    void terminatedInstanceIsGone() {
        account.client.terminateInstances(List.of(instanceId));

        waiter.awaitTermination(List.of(instanceId));

        assertThat(account.simulator.instances()).extracting(snapshot -> snapshot.status())
                .containsAnyOf("terminated");
    }

    @Test
    void runningInstanceTimesOutWaitingForTermination() {
        InstanceWaiter impatient = new InstanceWaiter(account.client, new WaitSettings(Duration.ofSeconds(30),
                Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofMinutes(1)), account.clock, account.sleeper);

        InstanceWaitException error = catchThrowableOfType(() -> impatient.awaitTermination(List.of(instanceId)),
                InstanceWaitException.class);

        assertThat(error.reason()).isEqualTo(InstanceWaitException.Reason.TIMED_OUT);
        assertThat(error.instanceId()).isEqualTo(instanceId);
    }
}

package io.github.camellambdacloud.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.camellambdacloud.simulator.Fault;
import io.github.camellambdacloud.simulator.FaultRule;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SafeTerminateRestartTest {

    private SimulatedAccount account;
    private String first;
    private String second;

    @BeforeEach
    void launchTwo() {
        account = new SimulatedAccount();
        LaunchRequest request = LaunchRequest.builder("us-east-1", "gpu_1x_a10", SimulatedAccount.SSH_KEY).build();
        first = account.client.launchInstance(request).instanceIds().get(0);
        second = account.client.launchInstance(request).instanceIds().get(0);
        account.simulator.advance(Duration.ofMinutes(3));
    }

    @AfterEach
    void stop() throws Exception {
        account.close();
    }

    @Test
    void alreadyTerminatingCountsAsSuccess() {
        account.client.terminateInstances(List.of(first));

        TerminateOutcome outcome = new InstanceTerminator(account.client).terminate(List.of(first));

        assertThat(outcome.reconciled()).isTrue();
        assertThat(outcome.alreadyGoneIds()).containsExactly(first);
        assertThat(outcome.terminatedIds()).isEmpty();
        assertThat(account.count("POST", "/instance-operations/terminate")).isEqualTo(2);
    }

    @Test
    void ambiguousTerminateResendsOnlyForRunning() {
        account.client.terminateInstances(List.of(first));
        account.simulator.faults().add(FaultRule.matching("POST", "/instance-operations/terminate",
                Fault.closeConnection()).withTimes(1));

        TerminateOutcome outcome = new InstanceTerminator(account.client).terminate(List.of(first, second));

        assertThat(outcome.alreadyGoneIds()).containsExactly(first);
        assertThat(outcome.terminatedIds()).containsExactly(second);
        assertThat(outcome.instances()).extracting(Instance::id).containsExactly(second);
        assertThat(account.count("POST", "/instance-operations/terminate")).isEqualTo(3);
    }

    @Test
    void ambiguousRestartIsSentOnce() {
        account.simulator.faults().add(FaultRule.matching("POST", "/instance-operations/restart",
                Fault.closeConnection().afterProcessing()).withTimes(1));

        RestartOutcomeUnknownException error = catchThrowableOfType(
                () -> new InstanceRestarter(account.client).restart(List.of(first)),
                RestartOutcomeUnknownException.class);

        assertThat(error.currentStatuses()).containsEntry(first, "booting");
        assertThat(error.getMessage()).contains("booting");
        assertThat(account.count("POST", "/instance-operations/restart")).isEqualTo(1);
    }

    @Test
    void restartConflictIsNotAmbiguous() {
        account.client.terminateInstances(List.of(first));

        LambdaCloudApiException error = catchThrowableOfType(
                () -> new InstanceRestarter(account.client).restart(List.of(first)), LambdaCloudApiException.class);

        assertThat(error.statusCode()).isEqualTo(409);
        assertThat(account.count("GET", "/instances/" + first)).isZero();
    }
}

package io.github.camellambdacloud.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {

    private LambdaCloudSimulator simulator;
    private ApiClient client;

    @BeforeEach
    void startSimulator() {
        simulator = LambdaCloudSimulator.builder().manualClock().seed(7).build().start();
        client = new ApiClient(simulator);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void delayOutlastsClientTimeout() {
        simulator.faults().add(FaultRule.matching("GET", "/regions", Fault.delay(Duration.ofSeconds(30))).withTimes(1));

        assertThatThrownBy(() -> client.sendOrThrow("GET", "/regions", null, Duration.ofMillis(300)))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(simulator.faults().rules()).isEmpty();
    }

    @Test
    void closeConnectionSendsNoResponse() throws Exception {
        simulator.faults().add(FaultRule.matching("POST", "/instance-operations/launch", Fault.closeConnection()));

        assertThatThrownBy(() -> client.sendOrThrow("POST", "/instance-operations/launch", "{}", Duration.ofSeconds(5)))
                .isInstanceOf(IOException.class);
        List<RecordedRequest> recorded = simulator.awaitRequests(
                request -> request.path().endsWith("/launch"), 1, Duration.ofSeconds(5));
        assertThat(recorded.get(0).status()).isZero();
    }

    @Test
    void closeConnectionAfterProcessingLaunches() {
        simulator.addSshKey("camel-key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample camel@host");
        simulator.faults().add(FaultRule.matching("POST", "/instance-operations/launch",
                Fault.closeConnection().afterProcessing()).withTimes(1));

        assertThatThrownBy(() -> client.sendOrThrow("POST", "/instance-operations/launch",
                ApiClient.launchBody("gpu_1x_a10", "us-east-1", "camel-key"), Duration.ofSeconds(5)))
                .isInstanceOf(IOException.class);

        assertThat(simulator.instances()).hasSize(1);
        assertThat(simulator.requests().get(0).status()).isZero();
    }

    @Test
    void delayCannotFollowProcessing() {
        Fault delay = Fault.delay(Duration.ofSeconds(1));

        assertThatThrownBy(delay::afterProcessing).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void htmlErrorPage() {
        simulator.faults().add(FaultRule.matching(null, "/instances", Fault.htmlPage(503)).withTimes(1));

        ApiClient.Answer page = client.get("/instances");
        ApiClient.Answer next = client.get("/instances");

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<html>");
        assertThat(next.status()).isEqualTo(200);
    }

    @Test
    void bodyFaults() {
        simulator.faults()
                .add(FaultRule.matching("GET", "/regions", Fault.emptyBody(502)).withTimes(1))
                .add(FaultRule.matching("GET", "/regions", Fault.nonJsonBody(500, "upstream exploded")).withTimes(1))
                .add(FaultRule.matching("GET", "/regions", Fault.emptyJsonObject(500)).withTimes(1))
                .add(FaultRule.matching("GET", "/regions", Fault.error(503, "provider/internal-unavailable",
                        "Provider unavailable")).withTimes(1));

        ApiClient.Answer empty = client.get("/regions");
        ApiClient.Answer text = client.get("/regions");
        ApiClient.Answer emptyObject = client.get("/regions");
        ApiClient.Answer jsonError = client.get("/regions");

        assertThat(empty.status()).isEqualTo(502);
        assertThat(empty.body()).isEmpty();
        assertThat(text.status()).isEqualTo(500);
        assertThat(text.body()).isEqualTo("upstream exploded");
        assertThat(emptyObject.body()).isEqualTo("{}");
        assertThat(jsonError.status()).isEqualTo(503);
        assertThat(jsonError.errorCode()).isEqualTo("provider/internal-unavailable");
        assertThat(client.get("/regions").status()).isEqualTo(200);
    }

    @Test
    void shareOfRequestsRepeatsWithSeed() {
        simulator.faults().add(FaultRule.always(Fault.htmlPage(502)).withShare(0.3));
        List<Integer> firstRun = statuses(40);
        simulator.faults().clear();
        simulator.faults().add(FaultRule.always(Fault.htmlPage(502)).withShare(0.3));
        List<Integer> secondRun = statuses(40);

        long faulted = firstRun.stream().filter(status -> status == 502).count();
        assertThat(secondRun).isEqualTo(firstRun);
        assertThat(faulted).isBetween(1L, 39L);
        assertThat(firstRun).containsOnly(200, 502);
    }

    @Test
    void clearRemovesUnlimitedRules() {
        simulator.faults().add(FaultRule.always(Fault.htmlPage(503)));
        assertThat(client.get("/regions").status()).isEqualTo(503);

        simulator.faults().clear();

        assertThat(client.get("/regions").status()).isEqualTo(200);
    }

    @Test
    void faultsApplyBeforeAuthentication() {
        simulator.faults().add(FaultRule.always(Fault.htmlPage(503)));

        ApiClient.Answer answer = new ApiClient(simulator.baseUrl(), null).get("/regions");

        assertThat(answer.status()).isEqualTo(503);
    }

    private List<Integer> statuses(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> client.get("/regions").status()).toList();
    }
}

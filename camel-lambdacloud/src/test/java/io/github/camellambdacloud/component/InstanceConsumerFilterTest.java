package io.github.camellambdacloud.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

class InstanceConsumerFilterTest extends InstanceConsumerTestSupport {

    private static final String EAST_A10 = "0a000000000000000000000000000001";
    private static final String WEST_A10 = "0a000000000000000000000000000002";
    private static final String EAST_H100 = "0a000000000000000000000000000003";
    private static final String UNNAMED = "0a000000000000000000000000000004";

    private void serveMixedInstances() {
        serveList(list(
                placedInstance(EAST_A10, "train-1", "active", "us-east-1", "gpu_1x_a10", "team=ml"),
                placedInstance(WEST_A10, "serve-1", "booting", "us-west-1", "gpu_1x_a10", "team=web"),
                placedInstance(EAST_H100, "train-2", "active", "us-east-1", "gpu_1x_h100", "owner=camel"),
                placedInstance(UNNAMED, null, "booting", "us-west-1", "gpu_1x_h100")));
    }

    private List<String> emittedIds(int expected) throws Exception {
        events().expectedMessageCount(expected);
        MockEndpoint.assertIsSatisfied(context, 10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> listRequests() >= 3);
        return events().getReceivedExchanges().stream()
                .map(exchange -> exchange.getMessage().getHeader(LambdaCloudConstants.INSTANCE_ID, String.class))
                .toList();
    }

    @Test
    void statusFilterSelectsByNewStatus() throws Exception {
        serveMixedInstances();
        startWatching("&emitInitialState=true&statusFilter=booting");
        assertThat(emittedIds(2)).containsExactly(WEST_A10, UNNAMED);
    }

    @Test
    void regionFilterSelectsRegions() throws Exception {
        serveMixedInstances();
        startWatching("&emitInitialState=true&regionFilter=us-east-1");
        assertThat(emittedIds(2)).containsExactly(EAST_A10, EAST_H100);
    }

    @Test
    void instanceTypeFilterSelectsTypes() throws Exception {
        serveMixedInstances();
        startWatching("&emitInitialState=true&instanceTypeFilter=gpu_1x_h100, gpu_8x_b200");
        assertThat(emittedIds(2)).containsExactly(EAST_H100, UNNAMED);
    }

    @Test
    void namePatternSkipsUnnamedInstances() throws Exception {
        serveMixedInstances();
        startWatching("&emitInitialState=true&namePattern=train-.*");
        assertThat(emittedIds(2)).containsExactly(EAST_A10, EAST_H100);
    }

    @Test
    void tagFilterWithValueMatchesKeyAndValue() throws Exception {
        serveMixedInstances();
        startWatching("&emitInitialState=true&tagFilter=team=ml");
        assertThat(emittedIds(1)).containsExactly(EAST_A10);
    }

    @Test
    void tagFilterWithKeyMatchesAnyValue() throws Exception {
        serveMixedInstances();
        startWatching("&emitInitialState=true&tagFilter=team");
        assertThat(emittedIds(2)).containsExactly(EAST_A10, WEST_A10);
    }

    @Test
    void instanceLeavingFilterIsDroppedWithoutEvent() throws Exception {
        serveListSequence(
                list(instance(EAST_A10, "train-1", "active")),
                list(instance(EAST_A10, "renamed", "active")),
                list(instance(EAST_A10, "renamed", "terminating")));
        startWatching("&namePattern=train-.*");

        await().atMost(Duration.ofSeconds(10)).until(() -> listRequests() >= 5);
        assertThat(events().getReceivedCounter()).isZero();
        assertThat(lookups(EAST_A10)).isZero();
    }

    @Test
    void invalidNamePatternFailsAtStart() {
        assertThat(startFailure("&namePattern=train-(", IllegalArgumentException.class))
                .hasMessageContaining("Invalid namePattern 'train-('");
    }

    @Test
    void emptyTagValueFailsAtStart() {
        assertThat(startFailure("&tagFilter=team=", IllegalArgumentException.class))
                .hasMessageContaining("Invalid tagFilter 'team='");
    }

    @Test
    void emptyListEntryFailsAtStart() {
        assertThat(startFailure("&regionFilter=us-east-1,,us-west-1", IllegalArgumentException.class))
                .hasMessageContaining("Invalid regionFilter");
    }

    @Test
    void negativeConfirmationBudgetFailsAtStart() {
        assertThat(startFailure("&maxConfirmationsPerPoll=-1", IllegalArgumentException.class))
                .hasMessageContaining("Invalid maxConfirmationsPerPoll -1");
    }
}

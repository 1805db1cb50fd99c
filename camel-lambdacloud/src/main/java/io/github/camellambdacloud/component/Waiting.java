package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.InstanceWaiter;
import io.github.camellambdacloud.client.LambdaCloudClient;
import io.github.camellambdacloud.client.Sleeper;
import io.github.camellambdacloud.client.WaitSettings;
import java.time.Duration;
import java.time.InstantSource;

/** Builds the {@link InstanceWaiter} for the wait options of an endpoint. */
final class Waiting {

    private Waiting() {}

    static InstanceWaiter waiter(LambdaCloudClient client, LambdaCloudConfiguration configuration) {
        WaitSettings settings = new WaitSettings(Duration.ofMillis(configuration.getWaitTimeout()),
                Duration.ofMillis(configuration.getWaitPollInterval()),
                Duration.ofMillis(configuration.getUnhealthyTimeout()), WaitSettings.DEFAULT.progressInterval());
        return new InstanceWaiter(client, settings, InstantSource.system(), Sleeper.SYSTEM);
    }
}

package io.github.camellambdacloud.client;

import java.time.Duration;

/**
 * How {@link InstanceWaiter} polls.
 *
 * @param timeout the longest time to wait; an 8-GPU machine can take more than 20 minutes to boot
 * @param pollInterval the time between two reads of an instance; each read counts against the API's rate limit of
 *     about one request per second
 * @param unhealthyTimeout how long an instance may stay {@code unhealthy} before waiting for it to become active fails
 * @param progressInterval how often the status is logged at INFO while waiting
 */
public record WaitSettings(Duration timeout, Duration pollInterval, Duration unhealthyTimeout,
        Duration progressInterval) {

    /** 30 minutes, polling every 10 seconds, failing after 5 minutes unhealthy, logging every minute. */
    public static final WaitSettings DEFAULT = new WaitSettings(Duration.ofMinutes(30), Duration.ofSeconds(10),
            Duration.ofMinutes(5), Duration.ofMinutes(1));

    public WaitSettings {
        Durations.requireNotNegative("wait timeout", timeout);
        Durations.requirePositive("wait poll interval", pollInterval);
        Durations.requireNotNegative("unhealthy timeout", unhealthyTimeout);
        Durations.requirePositive("progress interval", progressInterval);
    }
}

package io.github.camellambdacloud.client;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits between two polls; tests replace it with one that moves a fake clock instead of blocking. */
@FunctionalInterface
public interface Sleeper {

    /** Blocks the calling thread for about this long. */
    Sleeper SYSTEM = duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());

    /** Waits for {@code duration}, or throws when the thread is interrupted. */
    void sleep(Duration duration) throws InterruptedException;
}

package io.github.camellambdacloud.client;

import java.time.Duration;

/** Argument checks for durations; messages name the setting and show the value. */
final class Durations {

    private Durations() {}

    static Duration requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("Invalid " + name + " " + value + ": use a positive duration.");
        }
        return value;
    }

    static Duration requireNotNegative(String name, Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException("Invalid " + name + " " + value + ": use zero or a positive duration.");
        }
        return value;
    }
}

package io.github.camellambdacloud.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The status of an instance. The API adds values over time, so any string is accepted; the constants are the
 * values documented in API v1.10.0.
 *
 * @param value the status as the API sends it, such as {@code active}
 */
public record InstanceStatus(@JsonValue String value) {

    public static final InstanceStatus BOOTING = new InstanceStatus("booting");
    public static final InstanceStatus ACTIVE = new InstanceStatus("active");
    public static final InstanceStatus UNHEALTHY = new InstanceStatus("unhealthy");
    public static final InstanceStatus TERMINATING = new InstanceStatus("terminating");
    public static final InstanceStatus TERMINATED = new InstanceStatus("terminated");
    public static final InstanceStatus PREEMPTED = new InstanceStatus("preempted");

    public InstanceStatus {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static InstanceStatus of(String value) {
        return new InstanceStatus(value);
    }

    /** Returns true for {@code terminating}, {@code terminated} and {@code preempted}: the machine is going or gone. */
    public boolean isGoneOrGoing() {
        return equals(TERMINATING) || equals(TERMINATED) || equals(PREEMPTED);
    }

    @Override
    public String toString() {
        return value;
    }
}

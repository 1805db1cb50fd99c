package io.github.camellambdacloud.component;

/** The kinds of change the instance consumer reports. */
public enum InstanceEventType {
    /** An instance the consumer had not seen is in the list. */
    INSTANCE_APPEARED,
    /** A known instance has another status than at the previous poll. */
    STATUS_CHANGED,
    /** A known instance is no longer in the list, and a direct lookup confirmed it is gone. */
    INSTANCE_DISAPPEARED
}

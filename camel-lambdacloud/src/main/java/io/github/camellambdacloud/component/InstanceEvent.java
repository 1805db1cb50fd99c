package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.Instance;
import io.github.camellambdacloud.client.InstanceStatus;

/**
 * One observed change, before it becomes an exchange.
 *
 * @param type what changed
 * @param instance the instance as listed; for a disappearance the last listed copy, or the terminal copy that the
 *     confirming lookup returned
 * @param previousStatus the status in the previous snapshot; null for an appearance
 * @param status the status after the change; for a disappearance the last status seen
 */
record InstanceEvent(InstanceEventType type, Instance instance, InstanceStatus previousStatus, InstanceStatus status) {

    static InstanceEvent appeared(Instance instance) {
        return new InstanceEvent(InstanceEventType.INSTANCE_APPEARED, instance, null, instance.status());
    }

    static InstanceEvent statusChanged(Instance previous, Instance current) {
        return new InstanceEvent(InstanceEventType.STATUS_CHANGED, current, previous.status(), current.status());
    }

    static InstanceEvent disappeared(Instance lastListed, Instance lastSeen) {
        return new InstanceEvent(InstanceEventType.INSTANCE_DISAPPEARED, lastSeen, lastListed.status(), lastSeen.status());
    }
}

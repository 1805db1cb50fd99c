package io.github.camellambdacloud.client;

import java.util.List;

/**
 * Limits checked before a launch: the price of the instance type and the number of instances that are not going or
 * gone. The checks read the catalog and the instance list just before the launch; they are not a reservation, so
 * launches from several threads or processes at once can together exceed {@code maxRunningInstances}.
 *
 * @param maxPriceCentsPerHour the highest on-demand price in US cents per hour a launch may cost; null for no limit
 * @param maxRunningInstances the most instances that may be booting, active or unhealthy after the launch, counting
 *     every instance of the account; null for no limit
 */
public record SpendGuard(Integer maxPriceCentsPerHour, Integer maxRunningInstances) {

    /** No limits. */
    public static final SpendGuard NONE = new SpendGuard(null, null);

    public SpendGuard {
        if (maxPriceCentsPerHour != null && maxPriceCentsPerHour < 0) {
            throw new IllegalArgumentException("Invalid maxPriceCentsPerHour " + maxPriceCentsPerHour
                    + ": use 0 or more cents per hour, or null for no limit.");
        }
        if (maxRunningInstances != null && maxRunningInstances < 0) {
            throw new IllegalArgumentException("Invalid maxRunningInstances " + maxRunningInstances
                    + ": use 0 or more instances, or null for no limit.");
        }
    }

    /** Returns true when the price limit needs the catalog. */
    boolean limitsPrice() {
        return maxPriceCentsPerHour != null;
    }

    /** Returns true when the instance limit needs the instance list. */
    boolean limitsRunningInstances() {
        return maxRunningInstances != null;
    }

    /** Throws when the type's price is above the limit. */
    void checkPrice(InstanceType type) {
        if (maxPriceCentsPerHour != null && type.priceCentsPerHour() > maxPriceCentsPerHour) {
            throw new SpendLimitExceededException("Launch of " + type.name() + " rejected: it costs "
                    + type.priceCentsPerHour() + " cents per hour and maxPriceCentsPerHour is " + maxPriceCentsPerHour
                    + ". Choose a cheaper instance type or raise the limit. No launch request was sent.");
        }
    }

    /** Throws when one more instance would exceed the limit; terminating, terminated and preempted do not count. */
    void checkRunningInstances(List<Instance> instances) {
        if (maxRunningInstances == null) {
            return;
        }
        long running = instances.stream()
                .filter(instance -> instance.status() == null || !instance.status().isGoneOrGoing())
                .count();
        if (running + 1 > maxRunningInstances) {
            throw new SpendLimitExceededException("Launch rejected: " + running + " instances are booting, active or"
                    + " unhealthy and maxRunningInstances is " + maxRunningInstances
                    + ". Terminate an instance or raise the limit. No launch request was sent.");
        }
    }
}

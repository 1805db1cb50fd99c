package io.github.camellambdacloud.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Mutable state of one simulated instance; only {@link SimulatorState} touches it, under its lock. */
final class SimInstance {

    static final String BOOTING = "booting";
    static final String ACTIVE = "active";
    static final String UNHEALTHY = "unhealthy";
    static final String TERMINATING = "terminating";
    static final String TERMINATED = "terminated";
    static final String PREEMPTED = "preempted";

    final String id;
    final InstanceTypeSpec type;
    final RegionSpec region;
    final String sshKeyName;
    final List<String> fileSystemIds;
    /** Mount point per file-system id; only ids named in {@code file_system_mounts} have an entry. */
    final Map<String, String> customMounts;
    final String requestedHostname;
    final Map<String, String> tags;
    final List<String> firewallRulesetIds;
    final String privateIp;
    final String jupyterToken;

    String name;
    /** {@code null} only between construction and the launch transition to {@code booting}. */
    String status;
    /** When the current booting or terminating phase ends, or when a gone instance leaves the list. */
    Instant deadline;
    String ip;
    String hostname;
    boolean capacityReleased;

    SimInstance(String id, InstanceTypeSpec type, RegionSpec region, String name, String sshKeyName,
            List<String> fileSystemIds, Map<String, String> customMounts, String requestedHostname,
            Map<String, String> tags, List<String> firewallRulesetIds, String privateIp, String jupyterToken) {
        this.id = id;
        this.type = type;
        this.region = region;
        this.name = name;
        this.sshKeyName = sshKeyName;
        this.fileSystemIds = List.copyOf(fileSystemIds);
        this.customMounts = Map.copyOf(customMounts);
        this.requestedHostname = requestedHostname;
        this.tags = tags;
        this.firewallRulesetIds = List.copyOf(firewallRulesetIds);
        this.privateIp = privateIp;
        this.jupyterToken = jupyterToken;
        this.hostname = requestedHostname;
    }

    /** Returns {@code true} once the instance is terminated or preempted and only waits to leave the list. */
    boolean isGone() {
        return TERMINATED.equals(status) || PREEMPTED.equals(status);
    }

    /** Returns {@code true} while the instance counts against the quota (billable states). */
    boolean isBillable() {
        return BOOTING.equals(status) || ACTIVE.equals(status) || UNHEALTHY.equals(status);
    }

    /** Returns {@code true} while the instance still keeps its file systems and firewall rulesets in use. */
    boolean holdsResources() {
        return !isGone();
    }

    boolean hasBooted() {
        return ip != null;
    }
}

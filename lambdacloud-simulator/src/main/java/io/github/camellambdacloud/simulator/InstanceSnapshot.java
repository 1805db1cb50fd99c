package io.github.camellambdacloud.simulator;

import java.util.List;
import java.util.Map;

/**
 * Copy of one simulated instance for assertions, taken under the simulator's lock.
 *
 * @param name display name, or {@code null} if none was given
 * @param ip public IP (data only, from 192.0.2.0/24), or {@code null} while booting
 * @param hostname hostname, or {@code null} while booting without a requested hostname
 * @param tags tags in launch order
 */
public record InstanceSnapshot(
        String id,
        String name,
        String status,
        String instanceTypeName,
        String regionName,
        String ip,
        String hostname,
        String sshKeyName,
        List<String> fileSystemNames,
        Map<String, String> tags,
        List<String> firewallRulesetIds) {}

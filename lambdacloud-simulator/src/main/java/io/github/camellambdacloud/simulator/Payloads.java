package io.github.camellambdacloud.simulator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * JSON bodies of the Lambda Cloud API v1, as records. The shared mapper writes component names in snake_case
 * and leaves out {@code null} fields, which is how the API omits {@code ip} while booting or
 * {@code file_system_mounts} when nothing is mounted.
 */
final class Payloads {

    private Payloads() {}

    record DataBody(Object data) {}

    /** Audit-event page: the token sits beside {@code data} and is written even when null. */
    record AuditPage(List<AuditEventBody> data, @JsonInclude(JsonInclude.Include.ALWAYS) String pageToken) {}

    record ErrorBody(ErrorDetail error) {}

    record ErrorDetail(String code, String message, String suggestion) {}

    record RegionBody(String name, String description) {}

    record SpecsBody(int vcpus, int memoryGib, int storageGib, int gpus) {}

    record InstanceTypeBody(
            String name, String description, String gpuDescription, int priceCentsPerHour, SpecsBody specs) {}

    record InstanceTypesItem(InstanceTypeBody instanceType, List<RegionBody> regionsWithCapacityAvailable) {}

    record ActionBody(boolean available, String reasonCode, String reasonDescription) {}

    record ActionsBody(
            ActionBody migrate, ActionBody rebuild, ActionBody restart, ActionBody coldReboot, ActionBody terminate) {}

    record MountBody(String mountPoint, String fileSystemId) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TagBody(String key, String value) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record IdBody(String id) {}

    record InstanceBody(
            String id,
            String name,
            String ip,
            String privateIp,
            String status,
            List<String> sshKeyNames,
            List<String> fileSystemNames,
            List<MountBody> fileSystemMounts,
            RegionBody region,
            InstanceTypeBody instanceType,
            String hostname,
            String jupyterToken,
            String jupyterUrl,
            ActionsBody actions,
            List<TagBody> tags,
            List<IdBody> firewallRulesets) {}

    record LaunchResult(List<String> instanceIds) {}

    record RestartResult(List<InstanceBody> restartedInstances) {}

    record TerminateResult(List<InstanceBody> terminatedInstances) {}

    record SshKeyBody(String id, String name, String publicKey, String privateKey) {}

    record UserBody(String id, String email, String status) {}

    record FileSystemBody(
            String id,
            String name,
            String mountPoint,
            String created,
            UserBody createdBy,
            boolean isInUse,
            RegionBody region,
            long bytesUsed) {}

    record DeletedIds(List<String> deletedIds) {}

    record ImageBody(
            String id,
            String createdTime,
            String updatedTime,
            String name,
            String description,
            String family,
            String version,
            String architecture,
            RegionBody region) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FirewallRuleBody(String protocol, List<Integer> portRange, String sourceNetwork, String description) {}

    record FirewallRulesetBody(
            String id, String name, RegionBody region, List<FirewallRuleBody> rules, String created,
            List<String> instanceIds) {}

    record GlobalRulesetBody(String id, String name, List<FirewallRuleBody> rules) {}

    /** Audit event; the nullable LRNs are required by the schema, so they are always written. */
    record AuditEventBody(
            String serviceName,
            String resourceName,
            String action,
            String catalogVersion,
            String eventId,
            String eventTime,
            @JsonInclude(JsonInclude.Include.ALWAYS) String actorLrn,
            List<String> resourceLrns,
            @JsonInclude(JsonInclude.Include.ALWAYS) String resourceOwnerLrn,
            @JsonInclude(JsonInclude.Include.ALWAYS) String requestApiKeyLrn,
            Map<String, String> additionalDetails) {}

    // Request bodies. Unknown fields are ignored, as the API ignores them.

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ImageRequest(String id, String family) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MountRequest(String mountPoint, String fileSystemId) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LaunchRequest(
            String regionName,
            String instanceTypeName,
            List<String> sshKeyNames,
            List<String> fileSystemNames,
            List<MountRequest> fileSystemMounts,
            String hostname,
            String name,
            ImageRequest image,
            String userData,
            List<TagBody> tags,
            List<IdBody> firewallRulesets,
            Integer quantity) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record InstanceIdsRequest(List<String> instanceIds) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RenameRequest(String name) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AddSshKeyRequest(String name, String publicKey) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CreateFileSystemRequest(String name, String region) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FirewallRulesPut(List<FirewallRuleBody> data) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CreateRulesetRequest(String name, String region, List<FirewallRuleBody> rules) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PatchRulesetRequest(String name, List<FirewallRuleBody> rules) {}
}

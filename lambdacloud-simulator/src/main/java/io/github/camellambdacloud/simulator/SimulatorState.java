package io.github.camellambdacloud.simulator;

import io.github.camellambdacloud.simulator.Payloads.ActionBody;
import io.github.camellambdacloud.simulator.Payloads.ActionsBody;
import io.github.camellambdacloud.simulator.Payloads.InstanceBody;
import io.github.camellambdacloud.simulator.Payloads.RegionBody;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the simulated account: catalog, capacity, instances, SSH keys, file systems, firewall rules and
 * the audit trail. Every public-facing method is {@code synchronized} and first brings instance statuses up
 * to the simulator clock, so transitions are computed lazily and need no background thread.
 */
final class SimulatorState {

    private static final Logger LOG = LoggerFactory.getLogger(LambdaCloudSimulator.class);
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx")
            .withZone(ZoneOffset.UTC);
    private static final String SIMULATED_USER_ID = "5e1f0000000000000000000000000001";
    private static final String LAUNCH_NOT_FOUND_SUGGESTION =
            "Check the names and IDs in the request against the list endpoints, then try again.";

    private final Settings settings;
    private final InstantSource wallClock;
    private final EventLog eventLog;

    private volatile SimulatorClock clock;
    private Random random;
    private Map<String, RegionSpec> regions;
    private Map<String, InstanceTypeSpec> types;
    private Map<String, Map<String, Integer>> capacity;
    private List<Payloads.ImageBody> images;
    private Map<String, SimInstance> instances;
    private Map<String, Payloads.SshKeyBody> sshKeys;
    private Map<String, StoredFileSystem> fileSystems;
    private FirewallState firewall;
    private AuditTrail audit;
    private int maxInstances;
    private int catalogLies;
    private int ipCounter;

    record StoredFileSystem(String id, String name, RegionSpec region, Instant created) {}

    SimulatorState(Settings settings, EventLog eventLog) {
        this.settings = settings;
        this.wallClock = settings.wallClock();
        this.eventLog = eventLog;
        reset(settings.newClock());
    }

    synchronized void reset(SimulatorClock newClock) {
        clock = newClock;
        random = new Random(settings.seed());
        regions = new LinkedHashMap<>();
        settings.regions().forEach(region -> regions.put(region.name(), region));
        types = new LinkedHashMap<>();
        settings.instanceTypes().forEach(type -> types.put(type.name(), type));
        capacity = new HashMap<>();
        settings.capacity().forEach((type, perRegion) -> capacity.put(type, new HashMap<>(perRegion)));
        images = buildImages();
        instances = new LinkedHashMap<>();
        sshKeys = new LinkedHashMap<>();
        fileSystems = new LinkedHashMap<>();
        firewall = new FirewallState();
        audit = new AuditTrail(settings.auditPageSize(), newId(), newId(), newId());
        maxInstances = settings.maxInstances();
        catalogLies = 0;
        ipCounter = 0;
    }

    SimulatorClock clock() {
        return clock;
    }

    // ---- lazy state transitions

    /** Applies every transition that is due at the current simulator time. */
    synchronized void refresh() {
        Instant now = clock.now();
        Iterator<SimInstance> iterator = instances.values().iterator();
        while (iterator.hasNext()) {
            SimInstance instance = iterator.next();
            while (instance.deadline != null && !now.isBefore(instance.deadline)) {
                Instant due = instance.deadline;
                if (SimInstance.BOOTING.equals(instance.status)) {
                    if (!instance.hasBooted()) {
                        assignAddress(instance);
                    }
                    instance.deadline = null;
                    transition(instance, SimInstance.ACTIVE, due);
                } else if (SimInstance.TERMINATING.equals(instance.status)) {
                    instance.deadline = due.plus(settings.lingerTime());
                    releaseCapacity(instance);
                    transition(instance, SimInstance.TERMINATED, due);
                } else if (instance.isGone()) {
                    iterator.remove();
                    transition(instance, null, due);
                    break;
                } else {
                    instance.deadline = null;
                }
            }
        }
    }

    private void transition(SimInstance instance, String to, Instant simulatedTime) {
        String from = instance.status;
        if (to != null) {
            instance.status = to;
        }
        LOG.debug("Instance {} changed from {} to {} at simulated time {}", instance.id, from,
                to == null ? "removed" : to, simulatedTime);
        eventLog.addTransition(new StateTransition(instance.id, from, to, simulatedTime, wallClock.instant()));
    }

    private void assignAddress(SimInstance instance) {
        // 192.0.2.0/24 is TEST-NET-1 (RFC 5737): the address is data only and never routable.
        int host = ipCounter % 254 + 1;
        ipCounter++;
        instance.ip = "192.0.2." + host;
        if (instance.hostname == null) {
            instance.hostname = "192-0-2-" + host;
        }
    }

    private void releaseCapacity(SimInstance instance) {
        if (!instance.capacityReleased) {
            instance.capacityReleased = true;
            capacity.computeIfAbsent(instance.type.name(), type -> new HashMap<>())
                    .merge(instance.region.name(), 1, Integer::sum);
        }
    }

    // ---- instances

    synchronized List<InstanceBody> listInstances(String clusterId) {
        refresh();
        if (clusterId != null) {
            Validation.queryId("cluster_id", clusterId);
            // Clusters are not modelled, so no instance belongs to one.
            return List.of();
        }
        return instances.values().stream().map(this::toBody).toList();
    }

    synchronized InstanceBody getInstance(String id) {
        refresh();
        return toBody(findInstance(Validation.pathId(id)));
    }

    synchronized InstanceBody rename(String id, Payloads.RenameRequest request) {
        refresh();
        SimInstance instance = findInstance(Validation.pathId(id));
        Validation.required("body", request);
        Validation.maxLength("name", request.name(), 64);
        if (request.name() != null) {
            instance.name = request.name();
        }
        recordAudit("instance", "updated", instance.id, Map.of("name", String.valueOf(instance.name)));
        return toBody(instance);
    }

    private SimInstance findInstance(String id) {
        SimInstance instance = instances.get(id);
        if (instance == null) {
            throw ApiError.notFound("Specified instance does not exist.");
        }
        return instance;
    }

    synchronized Payloads.LaunchResult launch(Payloads.LaunchRequest request) {
        refresh();
        LaunchPlan plan = new LaunchPlan(request);
        SimInstance instance = plan.create();
        instances.put(instance.id, instance);
        capacity.get(instance.type.name()).merge(instance.region.name(), -1, Integer::sum);
        instance.deadline = clock.now().plus(settings.bootTime());
        transition(instance, SimInstance.BOOTING, clock.now());
        recordAudit("instance", "created", instance.id,
                Map.of("instance_type", instance.type.name(), "region", instance.region.name()));
        return new Payloads.LaunchResult(List.of(instance.id));
    }

    synchronized Payloads.RestartResult restart(Payloads.InstanceIdsRequest request) {
        refresh();
        List<SimInstance> targets = findAll(request);
        for (SimInstance instance : targets) {
            if (!SimInstance.ACTIVE.equals(instance.status) && !SimInstance.UNHEALTHY.equals(instance.status)) {
                throw new ApiError(409, "global/conflict",
                        "The request conflicts with the current state of the resource.",
                        "Instance " + instance.id + " is " + instance.status + "; wait until it is active.");
            }
        }
        Instant now = clock.now();
        List<InstanceBody> restarted = new ArrayList<>();
        for (SimInstance instance : targets) {
            instance.deadline = now.plus(settings.restartTime());
            transition(instance, SimInstance.BOOTING, now);
            recordAudit("instance", "restarted", instance.id, Map.of());
            restarted.add(toBody(instance));
        }
        return new Payloads.RestartResult(restarted);
    }

    synchronized Payloads.TerminateResult terminate(Payloads.InstanceIdsRequest request) {
        refresh();
        List<SimInstance> targets = findAll(request);
        for (SimInstance instance : targets) {
            if (SimInstance.TERMINATING.equals(instance.status) || instance.isGone()) {
                // Lambda Cloud is reported to return global/unknown for a second terminate of a terminating
                // instance. The HTTP status of that response is not documented, so 500 is a guess.
                throw new ApiError(500, "global/unknown", "An unknown error occurred.", null);
            }
        }
        Instant now = clock.now();
        List<InstanceBody> terminated = new ArrayList<>();
        for (SimInstance instance : targets) {
            instance.deadline = now.plus(settings.terminateTime());
            transition(instance, SimInstance.TERMINATING, now);
            recordAudit("instance", "terminated", instance.id, Map.of());
            terminated.add(toBody(instance));
        }
        return new Payloads.TerminateResult(terminated);
    }

    private List<SimInstance> findAll(Payloads.InstanceIdsRequest request) {
        Validation.required("body", request);
        List<String> ids = Validation.required("instance_ids", request.instanceIds());
        if (ids.isEmpty()) {
            throw ApiError.invalidParameters("instance_ids: List should have at least 1 item after validation, not 0");
        }
        List<SimInstance> targets = new ArrayList<>();
        for (String id : ids) {
            if (id == null || !Validation.ID.matcher(id).matches()) {
                throw ApiError.invalidParameters("instance_ids: Input should be a valid UUID, got '" + id + "'");
            }
            targets.add(findInstance(id));
        }
        return targets;
    }

    // ---- simulator-side controls

    synchronized void injectStatus(String id, String status) {
        refresh();
        SimInstance instance = instances.get(id);
        if (instance == null) {
            throw new IllegalArgumentException("Unknown instance id " + id + ": it was never launched or is removed");
        }
        Instant now = clock.now();
        switch (status) {
            case SimInstance.UNHEALTHY, SimInstance.ACTIVE -> {
                if (instance.isGone() || SimInstance.TERMINATING.equals(instance.status)) {
                    throw new IllegalStateException("Cannot mark instance " + id + " " + status + ": it is "
                            + instance.status);
                }
                if (!instance.hasBooted()) {
                    assignAddress(instance);
                }
                instance.deadline = null;
                transition(instance, status, now);
            }
            case SimInstance.PREEMPTED -> {
                if (instance.isGone()) {
                    throw new IllegalStateException("Cannot preempt instance " + id + ": it is " + instance.status);
                }
                releaseCapacity(instance);
                instance.deadline = now.plus(settings.lingerTime());
                transition(instance, SimInstance.PREEMPTED, now);
            }
            default -> throw new IllegalArgumentException(
                    "Invalid injected status '" + status + "': expected unhealthy, preempted or active");
        }
    }

    synchronized void setCapacity(String type, String region, int count) {
        if (!types.containsKey(type)) {
            throw new IllegalArgumentException("Unknown instance type " + type + ": add it to the builder's catalog");
        }
        if (!regions.containsKey(region)) {
            throw new IllegalArgumentException("Unknown region " + region + ": add it to the builder's regions");
        }
        if (count < 0) {
            throw new IllegalArgumentException("Invalid capacity " + count + ": must not be negative");
        }
        capacity.computeIfAbsent(type, key -> new HashMap<>()).put(region, count);
    }

    synchronized int capacity(String type, String region) {
        refresh();
        return capacity.getOrDefault(type, Map.of()).getOrDefault(region, 0);
    }

    synchronized void setCatalogLies(int launches) {
        if (launches < 0) {
            throw new IllegalArgumentException("Invalid launch count " + launches + ": must not be negative");
        }
        catalogLies = launches;
    }

    synchronized void setMaxInstances(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("Invalid instance quota " + max + ": must not be negative");
        }
        maxInstances = max;
    }

    synchronized List<InstanceSnapshot> snapshots() {
        refresh();
        return instances.values().stream()
                .map(instance -> new InstanceSnapshot(instance.id, instance.name, instance.status,
                        instance.type.name(), instance.region.name(), instance.ip, instance.hostname,
                        instance.sshKeyName, fileSystemNames(instance), Map.copyOf(instance.tags),
                        instance.firewallRulesetIds))
                .toList();
    }

    // ---- catalog

    synchronized Map<String, Payloads.InstanceTypesItem> instanceTypes() {
        refresh();
        Map<String, Payloads.InstanceTypesItem> result = new LinkedHashMap<>();
        for (InstanceTypeSpec type : types.values()) {
            Map<String, Integer> perRegion = capacity.getOrDefault(type.name(), Map.of());
            List<RegionBody> available = regions.values().stream()
                    .filter(region -> perRegion.getOrDefault(region.name(), 0) > 0)
                    .map(SimulatorState::regionBody)
                    .toList();
            result.put(type.name(), new Payloads.InstanceTypesItem(typeBody(type), available));
        }
        return result;
    }

    synchronized List<RegionBody> regions() {
        return regions.values().stream().map(SimulatorState::regionBody).toList();
    }

    synchronized List<Payloads.ImageBody> images() {
        return images;
    }

    private List<Payloads.ImageBody> buildImages() {
        List<Payloads.ImageBody> result = new ArrayList<>();
        String created = TIMESTAMP.format(settings.startTime().minus(Duration.ofDays(90)));
        String updated = TIMESTAMP.format(settings.startTime().minus(Duration.ofDays(30)));
        for (RegionSpec region : regions.values()) {
            for (List<String> family : DefaultCatalog.imageFamilies()) {
                // The same image id is reused in every region, as Lambda does.
                String id = UUID.nameUUIDFromBytes(String.join("/", family).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString();
                result.add(new Payloads.ImageBody(id, created, updated, family.get(1),
                        "Simulated " + family.get(1) + " image", family.get(0), family.get(2), family.get(3),
                        regionBody(region)));
            }
        }
        return List.copyOf(result);
    }

    // ---- SSH keys

    synchronized List<Payloads.SshKeyBody> sshKeys() {
        return List.copyOf(sshKeys.values());
    }

    synchronized Payloads.SshKeyBody addSshKey(Payloads.AddSshKeyRequest request) {
        Validation.required("body", request);
        String name = Validation.required("name", request.name());
        Validation.minLength("name", name, 1);
        Validation.maxLength("name", name, 64);
        String publicKey = request.publicKey();
        String privateKey = null;
        if (publicKey == null) {
            SshKeyGenerator.GeneratedKey generated = SshKeyGenerator.generate(name);
            publicKey = generated.publicKey();
            privateKey = generated.privateKeyPem();
        } else {
            Validation.minLength("public_key", publicKey, 1);
            Validation.maxLength("public_key", publicKey, 4096);
            String[] parts = publicKey.trim().split("\\s+");
            if (parts.length < 2 || !(parts[0].startsWith("ssh-") || parts[0].startsWith("ecdsa-"))) {
                throw ApiError.invalidParameters("public_key: Invalid SSH public key");
            }
        }
        Payloads.SshKeyBody stored = new Payloads.SshKeyBody(newId(), name, publicKey, null);
        sshKeys.put(stored.id(), stored);
        recordAudit("ssh_key", "created", stored.id(), Map.of("name", name));
        // The private key goes into this response only; the stored key never contains it.
        return privateKey == null ? stored : new Payloads.SshKeyBody(stored.id(), name, publicKey, privateKey);
    }

    /** Stores a key without an API call and without an audit event, for test set-up. */
    synchronized String seedSshKey(String name, String publicKey) {
        Payloads.SshKeyBody stored = new Payloads.SshKeyBody(newId(), name, publicKey, null);
        sshKeys.put(stored.id(), stored);
        return stored.id();
    }

    synchronized void deleteSshKey(String id) {
        Validation.pathId(id);
        if (sshKeys.remove(id) == null) {
            throw new ApiError(404, "global/not-found", "The requested resource was not found.",
                    "Check the SSH key ID and try again.");
        }
        recordAudit("ssh_key", "deleted", id, Map.of());
    }

    // ---- file systems

    synchronized List<Payloads.FileSystemBody> fileSystems() {
        refresh();
        return fileSystems.values().stream().map(this::fileSystemBody).toList();
    }

    synchronized Payloads.FileSystemBody createFileSystem(Payloads.CreateFileSystemRequest request) {
        Validation.required("body", request);
        String name = Validation.required("name", request.name());
        String regionName = Validation.required("region", request.region());
        Validation.maxLength("name", name, 60);
        Validation.pattern("name", name, Validation.FILE_SYSTEM_NAME);
        RegionSpec region = regions.get(regionName);
        if (region == null) {
            throw ApiError.invalidParameters("region: Unknown region '" + regionName + "'");
        }
        boolean duplicate = fileSystems.values().stream().anyMatch(fs -> fs.name().equals(name));
        if (duplicate) {
            throw new ApiError(400, "global/duplicate", "A filesystem named " + name + " already exists.",
                    "Choose a different name.");
        }
        StoredFileSystem stored = new StoredFileSystem(newId(), name, region, clock.now());
        fileSystems.put(stored.id(), stored);
        recordAudit("filesystem", "created", stored.id(), Map.of("name", name, "region", regionName));
        return fileSystemBody(stored);
    }

    /** Stores a file system without an API call and without an audit event, for test set-up. */
    synchronized String seedFileSystem(String name, String regionName) {
        RegionSpec region = regions.get(regionName);
        if (region == null) {
            throw new IllegalArgumentException("Unknown region " + regionName + ": add it to the builder's regions");
        }
        StoredFileSystem stored = new StoredFileSystem(newId(), name, region, clock.now());
        fileSystems.put(stored.id(), stored);
        return stored.id();
    }

    synchronized Payloads.DeletedIds deleteFileSystem(String id) {
        refresh();
        Validation.pathId(id);
        StoredFileSystem stored = fileSystems.get(id);
        if (stored == null) {
            throw ApiError.notFound("Filesystem was not found.");
        }
        if (isInUse(id)) {
            throw new ApiError(400, "filesystems/filesystem-in-use",
                    "Filesystem " + stored.name() + " is mounted by an instance.",
                    "Terminate the instances that use the filesystem, then try again.");
        }
        fileSystems.remove(id);
        recordAudit("filesystem", "deleted", id, Map.of());
        return new Payloads.DeletedIds(List.of(id));
    }

    private boolean isInUse(String fileSystemId) {
        return instances.values().stream()
                .anyMatch(instance -> instance.holdsResources() && instance.fileSystemIds.contains(fileSystemId));
    }

    private Payloads.FileSystemBody fileSystemBody(StoredFileSystem stored) {
        return new Payloads.FileSystemBody(stored.id(), stored.name(), "/lambda/nfs/" + stored.name(),
                TIMESTAMP.format(stored.created()),
                new Payloads.UserBody(SIMULATED_USER_ID, "simulator@example.com", "active"),
                isInUse(stored.id()), regionBody(stored.region()), 0L);
    }

    // ---- firewall

    synchronized List<Payloads.FirewallRuleBody> globalRules() {
        return firewall.globalRules();
    }

    synchronized List<Payloads.FirewallRuleBody> replaceGlobalRules(List<Payloads.FirewallRuleBody> rules) {
        Validation.firewallRules("data", rules);
        firewall.replaceGlobalRules(rules);
        recordAudit("firewall_ruleset", "updated", "global", Map.of());
        return firewall.globalRules();
    }

    synchronized Payloads.GlobalRulesetBody globalRuleset() {
        return new Payloads.GlobalRulesetBody("global", FirewallState.GLOBAL_NAME, firewall.globalRules());
    }

    synchronized Payloads.GlobalRulesetBody patchGlobalRuleset(Payloads.PatchRulesetRequest request) {
        Validation.required("body", request);
        if (request.rules() != null) {
            Validation.firewallRules("rules", request.rules());
            firewall.replaceGlobalRules(request.rules());
        }
        recordAudit("firewall_ruleset", "updated", "global", Map.of());
        return globalRuleset();
    }

    synchronized List<Payloads.FirewallRulesetBody> rulesets() {
        refresh();
        return firewall.rulesets().stream().map(this::rulesetBody).toList();
    }

    synchronized Payloads.FirewallRulesetBody createRuleset(Payloads.CreateRulesetRequest request) {
        Validation.required("body", request);
        String name = Validation.required("name", request.name());
        Validation.minLength("name", name, 1);
        Validation.maxLength("name", name, 64);
        String regionName = Validation.required("region", request.region());
        Validation.firewallRules("rules", request.rules());
        RegionSpec region = regions.get(regionName);
        if (region == null) {
            throw ApiError.invalidParameters("region: Unknown region '" + regionName + "'");
        }
        FirewallState.Ruleset ruleset =
                new FirewallState.Ruleset(newId(), name, region, List.copyOf(request.rules()), clock.now());
        firewall.put(ruleset);
        recordAudit("firewall_ruleset", "created", ruleset.id(), Map.of("name", name, "region", regionName));
        return rulesetBody(ruleset);
    }

    synchronized Payloads.FirewallRulesetBody getRuleset(String id) {
        refresh();
        return rulesetBody(findRuleset(id));
    }

    synchronized Payloads.FirewallRulesetBody patchRuleset(String id, Payloads.PatchRulesetRequest request) {
        refresh();
        FirewallState.Ruleset current = findRuleset(id);
        Validation.required("body", request);
        Validation.minLength("name", request.name(), 1);
        Validation.maxLength("name", request.name(), 64);
        if (request.rules() != null) {
            Validation.firewallRules("rules", request.rules());
        }
        FirewallState.Ruleset updated = new FirewallState.Ruleset(current.id(),
                request.name() != null ? request.name() : current.name(), current.region(),
                request.rules() != null ? List.copyOf(request.rules()) : current.rules(), current.created());
        firewall.put(updated);
        recordAudit("firewall_ruleset", "updated", id, Map.of());
        return rulesetBody(updated);
    }

    synchronized void deleteRuleset(String id) {
        refresh();
        FirewallState.Ruleset ruleset = findRuleset(id);
        if (!rulesetInstanceIds(ruleset.id()).isEmpty()) {
            throw new ApiError(400, "firewall-rulesets/firewall-ruleset-in-use",
                    "Firewall ruleset is in use by one or more instances.",
                    "Terminate all instances that are using the ruleset before deleting it.");
        }
        firewall.remove(id);
        recordAudit("firewall_ruleset", "deleted", id, Map.of());
    }

    private FirewallState.Ruleset findRuleset(String id) {
        FirewallState.Ruleset ruleset = firewall.ruleset(Validation.pathId(id));
        if (ruleset == null) {
            throw new ApiError(404, "global/object-does-not-exist",
                    "Firewall ruleset does not exist or you do not have permission to access it.",
                    "Check your firewall ruleset ID and try again.");
        }
        return ruleset;
    }

    private List<String> rulesetInstanceIds(String rulesetId) {
        return instances.values().stream()
                .filter(instance -> instance.holdsResources() && instance.firewallRulesetIds.contains(rulesetId))
                .map(instance -> instance.id)
                .toList();
    }

    private Payloads.FirewallRulesetBody rulesetBody(FirewallState.Ruleset ruleset) {
        return new Payloads.FirewallRulesetBody(ruleset.id(), ruleset.name(), regionBody(ruleset.region()),
                ruleset.rules(), TIMESTAMP.format(ruleset.created()), rulesetInstanceIds(ruleset.id()));
    }

    // ---- audit

    synchronized Payloads.AuditPage auditEvents(String start, String end, String pageToken, String resourceType) {
        return audit.page(start, end, pageToken, resourceType);
    }

    synchronized void recordAudit(String resourceName, String action, String resourceId, Map<String, String> details) {
        audit.record(newId(), clock.now(), resourceName, action, resourceId, details);
    }

    // ---- helpers

    synchronized String newId() {
        return String.format(Locale.ROOT, "%016x%016x", random.nextLong(), random.nextLong());
    }

    static RegionBody regionBody(RegionSpec region) {
        return new RegionBody(region.name(), region.description());
    }

    static Payloads.InstanceTypeBody typeBody(InstanceTypeSpec type) {
        return new Payloads.InstanceTypeBody(type.name(), type.description(), type.gpuDescription(),
                type.priceCentsPerHour(),
                new Payloads.SpecsBody(type.vcpus(), type.memoryGib(), type.storageGib(), type.gpus()));
    }

    private List<String> fileSystemNames(SimInstance instance) {
        return instance.fileSystemIds.stream()
                .map(id -> fileSystems.containsKey(id) ? fileSystems.get(id).name() : id)
                .toList();
    }

    private InstanceBody toBody(SimInstance instance) {
        List<Payloads.MountBody> mounts = instance.fileSystemIds.stream()
                .map(id -> new Payloads.MountBody(instance.customMounts.getOrDefault(id,
                        "/lambda/nfs/" + (fileSystems.containsKey(id) ? fileSystems.get(id).name() : id)), id))
                .toList();
        boolean booted = instance.hasBooted();
        String jupyterUrl = booted
                ? "https://jupyter-" + instance.id + ".lambdaspaces.invalid/?token=" + instance.jupyterToken
                : null;
        return new InstanceBody(
                instance.id,
                instance.name,
                instance.ip,
                booted ? instance.privateIp : null,
                instance.status,
                List.of(instance.sshKeyName),
                fileSystemNames(instance),
                mounts.isEmpty() ? null : mounts,
                regionBody(instance.region),
                typeBody(instance.type),
                instance.hostname,
                booted ? instance.jupyterToken : null,
                jupyterUrl,
                actions(instance),
                instance.tags.entrySet().stream().map(tag -> new Payloads.TagBody(tag.getKey(), tag.getValue())).toList(),
                instance.firewallRulesetIds.stream().map(Payloads.IdBody::new).toList());
    }

    private static ActionsBody actions(SimInstance instance) {
        ActionBody available = new ActionBody(true, null, null);
        switch (instance.status) {
            case SimInstance.ACTIVE, SimInstance.UNHEALTHY -> {
                ActionBody tooOld = new ActionBody(false, "vm-is-too-old", "Migration is not offered for this instance.");
                return new ActionsBody(tooOld, available, available, available, available);
            }
            case SimInstance.BOOTING -> {
                ActionBody blocked = instance.hasBooted()
                        ? new ActionBody(false, "vm-action-in-progress", "The instance is restarting.")
                        : new ActionBody(false, "vm-has-not-launched", "The instance has not launched yet.");
                return new ActionsBody(blocked, blocked, blocked, blocked, blocked);
            }
            default -> {
                ActionBody blocked = new ActionBody(false, "vm-is-terminating", "The instance is terminating.");
                return new ActionsBody(blocked, blocked, blocked, blocked, blocked);
            }
        }
    }

    /** Validates a launch request against the current state and builds the instance; mutates nothing. */
    private final class LaunchPlan {

        private final Payloads.LaunchRequest request;

        LaunchPlan(Payloads.LaunchRequest request) {
            this.request = Validation.required("body", request);
        }

        SimInstance create() {
            checkShape();
            RegionSpec region = lookup(regions.get(request.regionName()), "Region", request.regionName());
            InstanceTypeSpec type = lookup(types.get(request.instanceTypeName()), "Instance type",
                    request.instanceTypeName());
            String keyName = request.sshKeyNames().get(0);
            boolean keyExists = sshKeys.values().stream().anyMatch(key -> key.name().equals(keyName));
            lookup(keyExists ? keyName : null, "SSH key", keyName);
            List<String> fileSystemIds = new ArrayList<>();
            Map<String, String> customMounts = new LinkedHashMap<>();
            resolveFileSystems(region, fileSystemIds, customMounts);
            List<String> rulesetIds = resolveRulesets(region);
            resolveImage(region, type);

            checkQuotaAndCapacity(type, region);
            Map<String, String> tags = new LinkedHashMap<>();
            if (request.tags() != null) {
                request.tags().forEach(tag -> tags.put(tag.key(), tag.value()));
            }
            return new SimInstance(newId(), type, region, request.name(), keyName, fileSystemIds, customMounts,
                    request.hostname(), tags, rulesetIds, "10.19." + random.nextInt(256) + "." + (random.nextInt(254) + 1),
                    newId());
        }

        private void checkShape() {
            Integer quantity = request.quantity();
            if (quantity != null && quantity > 1) {
                throw ApiError.invalidParameters("quantity: Input should be less than or equal to 1");
            }
            if (quantity != null && quantity < 1) {
                throw ApiError.invalidParameters("quantity: Input should be greater than or equal to 1");
            }

            Validation.required("region_name", request.regionName());
            Validation.required("instance_type_name", request.instanceTypeName());
            List<String> keys = Validation.required("ssh_key_names", request.sshKeyNames());
            if (keys.size() != 1 || keys.get(0) == null) {
                throw ApiError.invalidParameters("ssh_key_names: Exactly one SSH key must be specified, got "
                        + keys.size());
            }

            Validation.maxLength("name", request.name(), 64);
            Validation.minLength("hostname", request.hostname(), 1);
            Validation.pattern("hostname", request.hostname(), Validation.HOSTNAME);
            Validation.userData(request.userData());
            checkTags();
            checkMounts();
        }

        private void checkTags() {
            if (request.tags() == null) {
                return;
            }
            for (int i = 0; i < request.tags().size(); i++) {
                String field = "tags." + i;
                Payloads.TagBody tag = Validation.required(field, request.tags().get(i));
                String key = Validation.required(field + ".key", tag.key());
                Validation.maxLength(field + ".key", key, 55);
                Validation.pattern(field + ".key", key, Validation.TAG_KEY);
                Validation.maxLength(field + ".value", Validation.required(field + ".value", tag.value()), 128);
            }
        }

        private void checkMounts() {
            if (request.fileSystemMounts() == null) {
                return;
            }
            for (int i = 0; i < request.fileSystemMounts().size(); i++) {
                String field = "file_system_mounts." + i;
                Payloads.MountRequest mount = Validation.required(field, request.fileSystemMounts().get(i));
                Validation.maxLength(field + ".mount_point", Validation.required(field + ".mount_point",
                        mount.mountPoint()), 256);
                Validation.pattern(field + ".mount_point", mount.mountPoint(), Validation.MOUNT_POINT);
                Validation.required(field + ".file_system_id", mount.fileSystemId());
            }
        }

        private <T> T lookup(T found, String resourceKind, String name) {
            if (found == null) {
                throw new ApiError(400, "global/object-does-not-exist", resourceKind + " '" + name + "' does not exist.",
                        LAUNCH_NOT_FOUND_SUGGESTION);
            }
            return found;
        }

        private void resolveFileSystems(RegionSpec region, List<String> ids, Map<String, String> customMounts) {
            if (request.fileSystemNames() != null) {
                for (String name : request.fileSystemNames()) {
                    StoredFileSystem stored = lookup(fileSystems.values().stream()
                            .filter(fs -> fs.name().equals(name)).findFirst().orElse(null), "File system", name);
                    checkRegion(stored, region);
                    if (!ids.contains(stored.id())) {
                        ids.add(stored.id());
                    }
                }
            }
            if (request.fileSystemMounts() != null) {
                for (Payloads.MountRequest mount : request.fileSystemMounts()) {
                    StoredFileSystem stored = lookup(fileSystems.get(mount.fileSystemId()), "File system",
                            mount.fileSystemId());
                    checkRegion(stored, region);
                    if (!ids.contains(stored.id())) {
                        ids.add(stored.id());
                    }
                    customMounts.put(stored.id(), mount.mountPoint());
                }
            }
        }

        private void checkRegion(StoredFileSystem stored, RegionSpec region) {
            if (!stored.region().name().equals(region.name())) {
                throw new ApiError(400, "instance-operations/launch/file-system-in-wrong-region",
                        "File system " + stored.name() + " is in region " + stored.region().name()
                                + ", not in launch region " + region.name() + ".",
                        "Launch in the file system's region or use a file system in " + region.name() + ".");
            }
        }

        private List<String> resolveRulesets(RegionSpec region) {
            List<String> ids = new ArrayList<>();
            if (request.firewallRulesets() == null) {
                return ids;
            }
            for (Payloads.IdBody entry : request.firewallRulesets()) {
                String id = Validation.required("firewall_rulesets.id", entry == null ? null : entry.id());
                FirewallState.Ruleset ruleset = lookup(firewall.ruleset(id), "Firewall ruleset", id);
                if (!ruleset.region().name().equals(region.name())) {
                    throw ApiError.invalidParameters("firewall_rulesets: Firewall ruleset " + id + " is in region "
                            + ruleset.region().name() + ", not in launch region " + region.name());
                }
                ids.add(id);
            }
            return ids;
        }

        private void resolveImage(RegionSpec region, InstanceTypeSpec type) {
            Payloads.ImageRequest image = request.image();
            if (image == null) {
                return;
            }
            if (image.id() == null && image.family() == null) {
                throw ApiError.invalidParameters("image: Specify either 'id' or 'family'");
            }
            // NOTE: an image named by id is accepted even if its architecture differs from the instance type.
            // The real API's behaviour for that case is not documented.
            boolean found = images.stream().anyMatch(candidate -> candidate.region().name().equals(region.name())
                    && (image.id() != null
                            ? candidate.id().equals(image.id())
                            : candidate.family().equals(image.family())
                                    && candidate.architecture().equals(type.architecture())));
            String label = image.id() != null ? image.id() : image.family() + " (" + type.architecture() + ")";
            lookup(found ? label : null, "Image", label);
        }

        private void checkQuotaAndCapacity(InstanceTypeSpec type, RegionSpec region) {
            long billable = instances.values().stream().filter(SimInstance::isBillable).count();
            if (billable >= maxInstances) {
                throw new ApiError(400, "global/quota-exceeded", "Quota exceeded.",
                        "Contact Support to increase your quota.");
            }
            ApiError insufficient = new ApiError(400, "instance-operations/launch/insufficient-capacity",
                    "Not enough capacity to fulfill launch request.",
                    "Choose an instance type with more availability, or try again later.");
            if (catalogLies > 0) {
                catalogLies--;
                throw insufficient;
            }
            if (capacity.getOrDefault(type.name(), Map.of()).getOrDefault(region.name(), 0) <= 0) {
                throw insufficient;
            }
            capacity.computeIfAbsent(type.name(), key -> new HashMap<>()).putIfAbsent(region.name(), 0);
        }
    }
}

package io.github.camellambdacloud.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.message.BasicNameValuePair;

/**
 * A typed client for the Lambda Cloud API v1. Create one with {@link #builder()}, share it between threads, and
 * close it when done; it closes only the HTTP client it created itself.
 *
 * <p>Every method throws {@link LambdaCloudApiException} when the API returns an error,
 * {@link LambdaCloudTransportException} when no response arrives, and {@link IllegalArgumentException} before
 * sending anything when an argument is invalid.
 */
public final class LambdaCloudClient implements AutoCloseable {

    /** The production API. */
    public static final String DEFAULT_BASE_URL = "https://cloud.lambda.ai/api/v1";

    private final LambdaCloudClientSettings settings;
    private final ApiTransport transport;
    private final Closeable ownedHttpClient;
    private final Runnable releaseRateLimiter;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Readers readers;

    LambdaCloudClient(LambdaCloudClientSettings settings, ApiTransport transport, Closeable ownedHttpClient,
            ObjectMapper objectMapper, Runnable releaseRateLimiter) {
        this.settings = settings;
        this.transport = transport;
        this.ownedHttpClient = ownedHttpClient;
        this.readers = new Readers(objectMapper);
        this.releaseRateLimiter = releaseRateLimiter;
    }

    /** Starts building a client. */
    public static LambdaCloudClientBuilder builder() {
        return new LambdaCloudClientBuilder();
    }

    /** Lists the account's instances that are booting, running, unhealthy or terminating. */
    public List<Instance> listInstances() {
        return listInstances(null);
    }

    /** Lists the instances of one cluster, or all when {@code clusterId} is null. */
    public List<Instance> listInstances(String clusterId) {
        List<NameValuePair> query = clusterId == null
                ? List.of()
                : List.of(new BasicNameValuePair("cluster_id", RequestValidation.requireSafePathSegment("cluster id", clusterId)));
        return this.<DataEnvelope<List<Instance>>>get("/instances", query, readers.instances).data();
    }

    /** Returns one instance; a missing id raises {@link LambdaCloudApiException} with status 404. */
    public Instance getInstance(String instanceId) {
        String path = "/instances/" + RequestValidation.requireSafePathSegment("instance id", instanceId);
        return this.<DataEnvelope<Instance>>get(path, List.of(), readers.instance).data();
    }

    /** Renames an instance and returns it as updated. */
    public Instance renameInstance(String instanceId, String name) {
        String path = "/instances/" + RequestValidation.requireSafePathSegment("instance id", instanceId);
        RequestValidation.requireNotBlank("instance name", name);
        RequestValidation.requireMaxLength("instance name", name, RequestValidation.MAX_NAME_LENGTH);
        return this.<DataEnvelope<Instance>>send("POST", path, new RenameBody(name), readers.instance).data();
    }

    /**
     * Launches one instance. The API has no idempotency key: if this throws a {@link LambdaCloudTransportException}
     * whose request may have been processed, or a 5xx, an instance may exist; look for the request's name or tag
     * before launching again.
     */
    public LaunchResult launchInstance(LaunchRequest request) {
        Objects.requireNonNull(request, "launch request");
        return this.<DataEnvelope<LaunchResult>>send("POST", "/instance-operations/launch", request, readers.launch)
                .data();
    }

    /** Restarts instances and returns them; the list may omit some of the requested ids. */
    public List<Instance> restartInstances(List<String> instanceIds) {
        InstanceIdsBody body = new InstanceIdsBody(requireIds(instanceIds));
        return this.<DataEnvelope<RestartedInstances>>send("POST", "/instance-operations/restart", body,
                        readers.restart)
                .data()
                .restartedInstances();
    }

    /** Terminates instances and returns them, usually in status {@code terminating}. */
    public List<Instance> terminateInstances(List<String> instanceIds) {
        InstanceIdsBody body = new InstanceIdsBody(requireIds(instanceIds));
        return this.<DataEnvelope<TerminatedInstances>>send("POST", "/instance-operations/terminate", body,
                        readers.terminate)
                .data()
                .terminatedInstances();
    }

    /** Lists every instance type, keyed by name, with the regions that have capacity now. */
    public Map<String, InstanceTypeAvailability> listInstanceTypes() {
        return this.<DataEnvelope<Map<String, InstanceTypeAvailability>>>get("/instance-types", List.of(),
                        readers.instanceTypes)
                .data();
    }

    /** Lists the account's SSH keys. */
    public List<SshKey> listSshKeys() {
        return this.<DataEnvelope<List<SshKey>>>get("/ssh-keys", List.of(), readers.sshKeys).data();
    }

    /**
     * Adds an SSH key. With a public key, registers it. With {@code publicKey} null, Lambda generates a key pair and
     * returns the private key in {@link SshKey#privateKey()} this one time only.
     */
    public SshKey addSshKey(String name, String publicKey) {
        RequestValidation.requireNotBlank("SSH key name", name);
        RequestValidation.requireMaxLength("SSH key name", name, RequestValidation.MAX_NAME_LENGTH);
        if (publicKey != null) {
            RequestValidation.requireNotBlank("public key", publicKey);
            RequestValidation.requireMaxLength("public key", publicKey, 4096);
        }
        return this.<DataEnvelope<SshKey>>send("POST", "/ssh-keys", new AddSshKeyBody(name, publicKey),
                        readers.sshKey)
                .data();
    }

    /** Deletes an SSH key by id (not by name). */
    public void deleteSshKey(String sshKeyId) {
        String path = "/ssh-keys/" + RequestValidation.requireSafePathSegment("SSH key id", sshKeyId);
        send("DELETE", path, null, readers.ignored);
    }

    /** Lists the account's file systems. */
    public List<FileSystem> listFileSystems() {
        return this.<DataEnvelope<List<FileSystem>>>get("/file-systems", List.of(), readers.fileSystems).data();
    }

    /** Creates a file system in a region; it attaches only to instances in that region. */
    public FileSystem createFileSystem(String name, String regionName) {
        RequestValidation.requirePattern("file system name", name, RequestValidation.FILE_SYSTEM_NAME,
                RequestValidation.MAX_FILE_SYSTEM_NAME_LENGTH,
                "Use 1 to 60 characters: start with a letter, then letters, digits or '-'.");
        RequestValidation.requireNotBlank("region name", regionName);
        return this.<DataEnvelope<FileSystem>>send("POST", "/filesystems",
                        new CreateFileSystemBody(name, regionName), readers.fileSystem)
                .data();
    }

    /** Deletes a file system that no running instance mounts, and returns the deleted ids. */
    public List<String> deleteFileSystem(String fileSystemId) {
        String path = "/filesystems/" + RequestValidation.requireSafePathSegment("file system id", fileSystemId);
        return this.<DataEnvelope<DeletedIds>>send("DELETE", path, null, readers.deletedIds).data().deletedIds();
    }

    /** Lists the images, one entry per region an image is available in. */
    public List<Image> listImages() {
        return this.<DataEnvelope<List<Image>>>get("/images", List.of(), readers.images).data();
    }

    /** Lists the regions. */
    public List<Region> listRegions() {
        return this.<DataEnvelope<List<Region>>>get("/regions", List.of(), readers.regions).data();
    }

    /** Lists the account's global inbound firewall rules (the legacy, region-less form). */
    public List<FirewallRule> listFirewallRules() {
        return this.<DataEnvelope<List<FirewallRule>>>get("/firewall-rules", List.of(), readers.firewallRules)
                .data();
    }

    /** Replaces all global inbound firewall rules and returns the new set. */
    public List<FirewallRule> replaceFirewallRules(List<FirewallRule> rules) {
        FirewallRuleValidation.requireValid(rules);
        return this.<DataEnvelope<List<FirewallRule>>>send("PUT", "/firewall-rules", new FirewallRulesBody(rules),
                        readers.firewallRules)
                .data();
    }

    /** Lists the firewall rulesets. */
    public List<FirewallRuleset> listFirewallRulesets() {
        return this.<DataEnvelope<List<FirewallRuleset>>>get("/firewall-rulesets", List.of(), readers.rulesets)
                .data();
    }

    /** Returns one firewall ruleset. */
    public FirewallRuleset getFirewallRuleset(String rulesetId) {
        String path = "/firewall-rulesets/" + requireRulesetId(rulesetId);
        return this.<DataEnvelope<FirewallRuleset>>get(path, List.of(), readers.ruleset).data();
    }

    /** Creates a firewall ruleset in a region. */
    public FirewallRuleset createFirewallRuleset(String name, String regionName, List<FirewallRule> rules) {
        RequestValidation.requireNotBlank("firewall ruleset name", name);
        RequestValidation.requireMaxLength("firewall ruleset name", name, RequestValidation.MAX_NAME_LENGTH);
        RequestValidation.requireNotBlank("region name", regionName);
        FirewallRuleValidation.requireValid(rules);
        return this.<DataEnvelope<FirewallRuleset>>send("POST", "/firewall-rulesets",
                        new CreateRulesetBody(name, regionName, rules), readers.ruleset)
                .data();
    }

    /** Renames a ruleset and/or replaces its rules; a null argument leaves that part unchanged. */
    public FirewallRuleset updateFirewallRuleset(String rulesetId, String name, List<FirewallRule> rules) {
        String path = "/firewall-rulesets/" + requireRulesetId(rulesetId);
        if (name == null && rules == null) {
            throw new IllegalArgumentException("Missing firewall ruleset update: set a new name, new rules or both.");
        }
        if (name != null) {
            RequestValidation.requireNotBlank("firewall ruleset name", name);
            RequestValidation.requireMaxLength("firewall ruleset name", name, RequestValidation.MAX_NAME_LENGTH);
        }
        if (rules != null) {
            FirewallRuleValidation.requireValid(rules);
        }
        return this.<DataEnvelope<FirewallRuleset>>send("PATCH", path, new UpdateRulesetBody(name, rules),
                        readers.ruleset)
                .data();
    }

    /** Deletes a firewall ruleset that no instance uses. */
    public void deleteFirewallRuleset(String rulesetId) {
        send("DELETE", "/firewall-rulesets/" + requireRulesetId(rulesetId), null, readers.ignored);
    }

    /** Returns the global firewall ruleset, which applies to every instance. */
    public FirewallRuleset getGlobalFirewallRuleset() {
        return this.<DataEnvelope<FirewallRuleset>>get("/firewall-rulesets/global", List.of(), readers.ruleset)
                .data();
    }

    /** Replaces the rules of the global firewall ruleset. */
    public FirewallRuleset updateGlobalFirewallRuleset(List<FirewallRule> rules) {
        FirewallRuleValidation.requireValid(rules);
        return this.<DataEnvelope<FirewallRuleset>>send("PATCH", "/firewall-rulesets/global",
                        new UpdateRulesetBody(null, rules), readers.ruleset)
                .data();
    }

    /** Reads one page of the audit log. */
    public AuditEventPage listAuditEvents(AuditEventQuery query) {
        Objects.requireNonNull(query, "audit event query");
        List<NameValuePair> parameters = new ArrayList<>();
        if (query.start() != null) {
            parameters.add(new BasicNameValuePair("start", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(query.start())));
        }
        if (query.end() != null) {
            parameters.add(new BasicNameValuePair("end", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(query.end())));
        }
        if (query.resourceType() != null) {
            parameters.add(new BasicNameValuePair("resource_type", query.resourceType()));
        }
        if (query.pageToken() != null) {
            parameters.add(new BasicNameValuePair("page_token", query.pageToken()));
        }
        AuditEventsEnvelope envelope = get("/audit-events", parameters, readers.auditEvents);
        return envelope.toPage();
    }

    /**
     * Reads the audit log from the query's page on, following page tokens for at most {@code maxPages} pages, and
     * stops early when the API returns a token it returned before.
     */
    public List<AuditEvent> listAllAuditEvents(AuditEventQuery query, int maxPages) {
        Objects.requireNonNull(query, "audit event query");
        if (maxPages < 1) {
            throw new IllegalArgumentException("Invalid maxPages " + maxPages + ": read at least 1 page.");
        }
        List<AuditEvent> events = new ArrayList<>();
        // A token seen before would read pages again, whether the API repeats the last token or cycles.
        Set<String> seenTokens = new HashSet<>();
        AuditEventQuery pageQuery = query;
        if (query.pageToken() != null) {
            seenTokens.add(query.pageToken());
        }
        for (int page = 0; page < maxPages; page++) {
            AuditEventPage result = listAuditEvents(pageQuery);
            events.addAll(result.events());
            String token = result.nextPageToken();
            if (token == null || token.isEmpty() || !seenTokens.add(token)) {
                break;
            }
            pageQuery = pageQuery.withPageToken(token);
        }
        return events;
    }

    /** Returns the settings this client was built with; they never include the API key. */
    public LambdaCloudClientSettings settings() {
        return settings;
    }

    /** Returns the base URL requests go to. */
    public String baseUrl() {
        return settings.baseUrl();
    }

    /**
     * Closes the HTTP client if this client created it, and releases its share of the key's rate limiter, so its
     * intervals no longer apply to other clients of the same key.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        releaseRateLimiter.run();
        if (ownedHttpClient == null) {
            return;
        }
        try {
            ownedHttpClient.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to close the HTTP client of " + this, e);
        }
    }

    @Override
    public String toString() {
        return "LambdaCloudClient[baseUrl=" + settings.baseUrl() + ", authScheme=" + settings.authScheme() + "]";
    }

    private <T> T get(String path, List<NameValuePair> query, ObjectReader reader) {
        return transport.send("GET", path, query, null, reader);
    }

    private <T> T send(String method, String path, Object body, ObjectReader reader) {
        return transport.send(method, path, List.of(), body, reader);
    }

    private static List<String> requireIds(List<String> instanceIds) {
        if (instanceIds == null || instanceIds.isEmpty()) {
            throw new IllegalArgumentException("Missing instance ids: pass at least one instance id.");
        }
        instanceIds.forEach(id -> RequestValidation.requireSafePathSegment("instance id", id));
        return List.copyOf(instanceIds);
    }

    private static String requireRulesetId(String rulesetId) {
        RequestValidation.requireSafePathSegment("firewall ruleset id", rulesetId);
        if (rulesetId.equals("global")) {
            throw new IllegalArgumentException("Invalid firewall ruleset id 'global': use getGlobalFirewallRuleset"
                    + " or updateGlobalFirewallRuleset for the global ruleset.");
        }
        return rulesetId;
    }

    /** The success body {@code {"data": ...}}. */
    record DataEnvelope<T>(T data) implements ApiTransport.Envelope {

        /**
         * Rejects a missing data field, and instances without an id or status: they cannot be distinguished or
         * compared, so a status consumer would report false changes for them.
         */
        @Override
        public String problem() {
            if (data == null) {
                return "it has no data field";
            }
            if (data instanceof Instance instance) {
                return problemOf(instance);
            }
            if (data instanceof List<?> list) {
                for (Object element : list) {
                    if (element instanceof Instance instance && problemOf(instance) != null) {
                        return problemOf(instance);
                    }
                }
            }
            return null;
        }

        private static String problemOf(Instance instance) {
            if (instance == null) {
                return "it lists a null instance";
            }
            if (instance.id() == null || instance.id().isBlank()) {
                return "an instance has no id";
            }
            return instance.status() == null ? "instance " + instance.id() + " has no status" : null;
        }
    }

    record RenameBody(String name) {}

    record InstanceIdsBody(List<String> instanceIds) {}

    record RestartedInstances(List<Instance> restartedInstances) {}

    record TerminatedInstances(List<Instance> terminatedInstances) {}

    record AddSshKeyBody(String name, String publicKey) {}

    record CreateFileSystemBody(String name, String region) {}

    record DeletedIds(List<String> deletedIds) {}

    record FirewallRulesBody(List<FirewallRule> data) {}

    record CreateRulesetBody(String name, String region, List<FirewallRule> rules) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UpdateRulesetBody(String name, List<FirewallRule> rules) {}

    /** Readers built once per client, because building one per request costs more than small responses do. */
    static final class Readers {

        final ObjectReader instances;
        final ObjectReader instance;
        final ObjectReader launch;
        final ObjectReader restart;
        final ObjectReader terminate;
        final ObjectReader instanceTypes;
        final ObjectReader sshKeys;
        final ObjectReader sshKey;
        final ObjectReader fileSystems;
        final ObjectReader fileSystem;
        final ObjectReader deletedIds;
        final ObjectReader images;
        final ObjectReader regions;
        final ObjectReader firewallRules;
        final ObjectReader rulesets;
        final ObjectReader ruleset;
        final ObjectReader auditEvents;
        final ObjectReader ignored;
        private final ObjectMapper mapper;

        Readers(ObjectMapper mapper) {
            this.mapper = mapper;
            TypeFactory types = mapper.getTypeFactory();
            instances = envelopeOf(types.constructCollectionType(List.class, Instance.class));
            instance = envelopeOf(types.constructType(Instance.class));
            launch = envelopeOf(types.constructType(LaunchResult.class));
            restart = envelopeOf(types.constructType(RestartedInstances.class));
            terminate = envelopeOf(types.constructType(TerminatedInstances.class));
            instanceTypes = envelopeOf(
                    types.constructMapType(LinkedHashMap.class, String.class, InstanceTypeAvailability.class));
            sshKeys = envelopeOf(types.constructCollectionType(List.class, SshKey.class));
            sshKey = envelopeOf(types.constructType(SshKey.class));
            fileSystems = envelopeOf(types.constructCollectionType(List.class, FileSystem.class));
            fileSystem = envelopeOf(types.constructType(FileSystem.class));
            deletedIds = envelopeOf(types.constructType(DeletedIds.class));
            images = envelopeOf(types.constructCollectionType(List.class, Image.class));
            regions = envelopeOf(types.constructCollectionType(List.class, Region.class));
            firewallRules = envelopeOf(types.constructCollectionType(List.class, FirewallRule.class));
            rulesets = envelopeOf(types.constructCollectionType(List.class, FirewallRuleset.class));
            ruleset = envelopeOf(types.constructType(FirewallRuleset.class));
            auditEvents = mapper.readerFor(AuditEventsEnvelope.class);
            ignored = envelopeOf(types.constructType(JsonNode.class));
        }

        private ObjectReader envelopeOf(JavaType dataType) {
            return mapper.readerFor(mapper.getTypeFactory().constructParametricType(DataEnvelope.class, dataType));
        }
    }
}

package io.github.camellambdacloud.component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellambdacloud.client.Instance;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The watched instances as of the last good poll, by id, in the order they were listed. Copies are kept without the
 * Jupyter token and URL, so the snapshot can be stored without exposing access to the machines.
 */
final class InstanceSnapshot {

    /** The version of the stored JSON; a stored snapshot of another version is rejected at start. */
    static final int FORMAT = 1;

    private final Map<String, Instance> instances;

    private InstanceSnapshot(Map<String, Instance> instances) {
        this.instances = instances;
    }

    static InstanceSnapshot of(Collection<Instance> instances) {
        Map<String, Instance> byId = new LinkedHashMap<>();
        for (Instance instance : instances) {
            byId.put(instance.id(), withoutJupyterSecrets(instance));
        }
        return new InstanceSnapshot(byId);
    }

    /**
     * Parses a snapshot that {@link #toJson} wrote.
     *
     * @throws IllegalStateException when the text is not a stored snapshot of this format
     */
    static InstanceSnapshot fromJson(ObjectMapper mapper, String json) {
        Stored stored;
        try {
            stored = mapper.readValue(json, Stored.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Invalid stored instance snapshot: " + e.getOriginalMessage(), e);
        }
        if (stored.format() != FORMAT || stored.instances() == null) {
            throw new IllegalStateException("Invalid stored instance snapshot: expected format " + FORMAT
                    + " with an instances array, found format " + stored.format() + ".");
        }
        return of(stored.instances());
    }

    String toJson(ObjectMapper mapper) {
        try {
            return mapper.writeValueAsString(new Stored(FORMAT, List.copyOf(instances.values())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Failed to write the instance snapshot as JSON", e);
        }
    }

    Instance get(String id) {
        return instances.get(id);
    }

    Collection<Instance> instances() {
        return instances.values();
    }

    int size() {
        return instances.size();
    }

    private static Instance withoutJupyterSecrets(Instance instance) {
        if (instance.jupyterToken() == null && instance.jupyterUrl() == null) {
            return instance;
        }
        return new Instance(instance.id(), instance.name(), instance.ip(), instance.privateIp(), instance.status(),
                instance.sshKeyNames(), instance.fileSystemNames(), instance.fileSystemMounts(), instance.region(),
                instance.instanceType(), instance.hostname(), null, null, instance.actions(), instance.tags(),
                instance.firewallRulesets(), instance.isReserved());
    }

    /** The stored form: {@code {"format": 1, "instances": [ ...Instance as the API lists it... ]}}. */
    record Stored(int format, List<Instance> instances) {}
}

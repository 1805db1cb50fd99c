package io.github.camellambdacloud.component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellambdacloud.client.Instance;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The watched instances as of the last good poll, by id, in the order they were listed. Copies are kept without the
 * Jupyter token and URL, so the snapshot can be stored without exposing access to the machines.
 *
 * <p>The copies share one object for each distinct value of status, region, instance type, actions and list fields,
 * because a large fleet repeats a few such values and each parsed instance has its own equal objects. For a fleet
 * shaped like the benchmarks' this cuts the retained heap from about 1,240 to about 425 bytes per instance (JOL).
 * A value equal to the one in the previous copy of the same instance is taken from that copy, which costs one
 * {@code equals}. Only new values are looked up in the pool of shared values, which costs a hash as well.
 */
final class InstanceSnapshot {

    /** The version of the stored JSON; a stored snapshot of another version is rejected at start. */
    static final int FORMAT = 1;

    /** Stands in for the previous copy of a new instance. Its values are null or empty lists. */
    private static final Instance NO_PREVIOUS_COPY = new Instance(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null);

    private final Map<String, Instance> instances;
    private final Map<Object, Object> sharedValues;

    private InstanceSnapshot(Map<String, Instance> instances, Map<Object, Object> sharedValues) {
        this.instances = instances;
        this.sharedValues = sharedValues;
    }

    static InstanceSnapshot of(Collection<Instance> instances) {
        Builder builder = after(null, instances.size());
        for (Instance instance : instances) {
            builder.add(instance, null);
        }
        return builder.build();
    }

    /**
     * Starts the snapshot that follows {@code previous}, which may be null. Both use the same pool of shared values,
     * which contains only immutable values, so {@code previous} stays valid.
     */
    static Builder after(InstanceSnapshot previous, int expectedSize) {
        Map<Object, Object> shared = previous == null ? new HashMap<>() : previous.sharedValuesForNext();
        return new Builder(shared, expectedSize);
    }

    /** Collects the copies of the next snapshot in the order they are added. */
    static final class Builder {

        private final Map<Object, Object> shared;
        private final Map<String, Instance> byId;

        private Builder(Map<Object, Object> shared, int expectedSize) {
            this.shared = shared;
            this.byId = new LinkedHashMap<>(capacityFor(expectedSize));
        }

        /**
         * Adds a compact copy of {@code instance} that reuses the values of {@code known}, the copy of the same id in
         * the previous snapshot (may be null). Returns false, adding nothing, when this id was added before.
         */
        boolean add(Instance instance, Instance known) {
            return byId.putIfAbsent(instance.id(), compactCopy(instance, known, shared)) == null;
        }

        /** Adds a copy of the previous snapshot as it is, unless its id was added before. */
        void keep(Instance known) {
            byId.putIfAbsent(known.id(), known);
        }

        boolean contains(String id) {
            return byId.containsKey(id);
        }

        int size() {
            return byId.size();
        }

        InstanceSnapshot build() {
            return new InstanceSnapshot(byId, shared);
        }
    }

    /**
     * Returns the pool of shared values for the next snapshot. The pool only grows, with the values of instances that
     * appeared or changed, so once it contains more than two entries per instance of this snapshot it is rebuilt from
     * the values this snapshot uses. The bound ignores the size of the list, because a list can be far longer than the
     * watched part of it that the snapshot keeps.
     */
    private Map<Object, Object> sharedValuesForNext() {
        if (sharedValues.size() <= 2L * instances.size() + 64) {
            return sharedValues;
        }
        Map<Object, Object> rebuilt = new HashMap<>();
        for (Instance instance : instances.values()) {
            // Copying with the new pool adds the copy's values to it; the copy itself is not needed.
            compactCopy(instance, null, rebuilt);
        }
        return rebuilt;
    }

    private static int capacityFor(int size) {
        return (int) Math.min(Integer.MAX_VALUE, (long) Math.ceil(size / 0.75));
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

    /**
     * Returns a copy in which these events have not happened: each instance is as it was in {@code previous}, which
     * may be null, and one that was not there is left out.
     */
    InstanceSnapshot without(List<InstanceEvent> events, InstanceSnapshot previous) {
        Map<String, Instance> byId = new LinkedHashMap<>(instances);
        for (InstanceEvent event : events) {
            String id = event.instance().id();
            Instance known = previous == null ? null : previous.get(id);
            if (known == null) {
                byId.remove(id);
            } else {
                byId.put(id, known);
            }
        }
        return new InstanceSnapshot(byId, sharedValues);
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

    /** Returns the number of distinct values in the pool that this snapshot passes on to the next. */
    int sharedValueCount() {
        return sharedValues.size();
    }

    /**
     * Returns a copy without the Jupyter token and URL whose repeated values are those of {@code known}, the previous
     * copy of the same instance (may be null), or else the ones in {@code shared}.
     */
    private static Instance compactCopy(Instance instance, Instance known, Map<Object, Object> shared) {
        if (known != null && equalApartFromJupyter(instance, known)) {
            return known;
        }

        Instance previous = known == null ? NO_PREVIOUS_COPY : known;
        return new Instance(instance.id(), instance.name(), instance.ip(), instance.privateIp(),
                reuse(previous.status(), instance.status(), shared),
                reuse(previous.sshKeyNames(), instance.sshKeyNames(), shared),
                reuse(previous.fileSystemNames(), instance.fileSystemNames(), shared),
                reuse(previous.fileSystemMounts(), instance.fileSystemMounts(), shared),
                reuse(previous.region(), instance.region(), shared),
                reuse(previous.instanceType(), instance.instanceType(), shared), instance.hostname(), null, null,
                reuse(previous.actions(), instance.actions(), shared), reuse(previous.tags(), instance.tags(), shared),
                reuse(previous.firewallRulesets(), instance.firewallRulesets(), shared), instance.isReserved());
    }

    /**
     * Returns true when the two differ at most in the Jupyter token and URL. The status is compared first, because a
     * changed status is the likeliest difference.
     */
    private static boolean equalApartFromJupyter(Instance instance, Instance known) {
        return Objects.equals(instance.status(), known.status())
                && Objects.equals(instance.id(), known.id())
                && Objects.equals(instance.name(), known.name())
                && Objects.equals(instance.ip(), known.ip())
                && Objects.equals(instance.privateIp(), known.privateIp())
                && Objects.equals(instance.hostname(), known.hostname())
                && Objects.equals(instance.isReserved(), known.isReserved())
                && Objects.equals(instance.region(), known.region())
                && Objects.equals(instance.instanceType(), known.instanceType())
                && Objects.equals(instance.sshKeyNames(), known.sshKeyNames())
                && Objects.equals(instance.fileSystemNames(), known.fileSystemNames())
                && Objects.equals(instance.fileSystemMounts(), known.fileSystemMounts())
                && Objects.equals(instance.actions(), known.actions())
                && Objects.equals(instance.tags(), known.tags())
                && Objects.equals(instance.firewallRulesets(), known.firewallRulesets());
    }

    /** Returns {@code knownValue} when it equals {@code value}, else the shared value equal to {@code value}. */
    private static <T> T reuse(T knownValue, T value, Map<Object, Object> shared) {
        return value != null && value.equals(knownValue) ? knownValue : share(shared, value);
    }

    /** Returns the first value equal to this one seen in {@code shared}. Every value shared here is immutable. */
    @SuppressWarnings("unchecked")
    private static <T> T share(Map<Object, Object> shared, T value) {
        return value == null ? null : (T) shared.computeIfAbsent(value, key -> key);
    }

    /** The stored form: {@code {"format": 1, "instances": [ ...Instance as the API lists it... ]}}. */
    record Stored(int format, List<Instance> instances) {}
}

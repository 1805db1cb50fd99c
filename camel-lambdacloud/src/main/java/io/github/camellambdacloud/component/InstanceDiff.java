package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.Instance;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The comparison of one instance list with the previous snapshot. Appearances and status changes are final. An
 * instance missing from the list is only a candidate, because the list can be transiently short or empty, so the
 * consumer confirms each one before it reports a disappearance.
 *
 * @param changes appearances and status changes, in list order
 * @param listed the watched instances of this list, in list order
 * @param missing watched instances of the previous snapshot that are absent from the list, in snapshot order
 */
record InstanceDiff(List<InstanceEvent> changes, List<Instance> listed, List<Instance> missing) {

    /** Compares a list with a snapshot; every watched instance of the list counts as new when there is none. */
    static InstanceDiff compute(InstanceSnapshot previous, List<Instance> list, InstanceFilter filter) {
        List<InstanceEvent> changes = new ArrayList<>();
        Map<String, Instance> listed = new LinkedHashMap<>();
        Set<String> listedIds = new HashSet<>();

        for (Instance instance : list) {
            listedIds.add(instance.id());
            if (!filter.watches(instance) || listed.containsKey(instance.id())) {
                continue;
            }
            listed.put(instance.id(), instance);

            Instance known = previous == null ? null : previous.get(instance.id());
            if (known == null) {
                changes.add(InstanceEvent.appeared(instance));
            } else if (!Objects.equals(known.status(), instance.status())) {
                changes.add(InstanceEvent.statusChanged(known, instance));
            }
        }

        // An instance that is still listed but no longer watched, such as one renamed out of namePattern, leaves the
        // snapshot without an event. Only instances absent from the whole list may have disappeared.
        List<Instance> missing = new ArrayList<>();
        if (previous != null) {
            for (Instance known : previous.instances()) {
                if (!listedIds.contains(known.id())) {
                    missing.add(known);
                }
            }
        }
        return new InstanceDiff(changes, List.copyOf(listed.values()), missing);
    }
}

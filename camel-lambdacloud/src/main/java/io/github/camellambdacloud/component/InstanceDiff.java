package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.Instance;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The comparison of one instance list with the previous snapshot. Appearances and status changes are final. An
 * instance missing from the list is only a candidate, because the list can be transiently short or empty, so the
 * consumer confirms each one before it reports a disappearance.
 *
 * <p>The comparison also collects the next snapshot: one pass over the list looks each id up in the previous snapshot
 * once, which is most of the consumer's own work on a large fleet.
 */
final class InstanceDiff {

    private final List<InstanceEvent> changes;
    private final List<Instance> missing;
    private final InstanceSnapshot.Builder next;

    private InstanceDiff(List<InstanceEvent> changes, List<Instance> missing, InstanceSnapshot.Builder next) {
        this.changes = changes;
        this.missing = missing;
        this.next = next;
    }

    /** Compares a list with a snapshot; every watched instance of the list counts as new when there is none. */
    static InstanceDiff compute(InstanceSnapshot previous, List<Instance> list, InstanceFilter filter) {
        List<InstanceEvent> changes = new ArrayList<>();
        InstanceSnapshot.Builder next = InstanceSnapshot.after(previous, list.size());
        Set<String> unwatchedKnownIds = new HashSet<>();
        int watchedKnown = 0;

        for (Instance instance : list) {
            Instance known = previous == null ? null : previous.get(instance.id());
            if (!filter.watches(instance)) {
                if (known != null) {
                    unwatchedKnownIds.add(instance.id());
                }
                continue;
            }
            if (!next.add(instance, known)) {
                continue;
            }

            if (known == null) {
                changes.add(InstanceEvent.appeared(instance));
            } else {
                watchedKnown++;
                if (!Objects.equals(known.status(), instance.status())) {
                    changes.add(InstanceEvent.statusChanged(known, instance));
                }
            }
        }

        // An instance that is still listed but no longer watched, such as one renamed out of namePattern, leaves the
        // snapshot without an event. Only instances absent from the whole list may have disappeared; when every
        // instance of the previous snapshot was listed, there is nothing to look for.
        List<Instance> missing = new ArrayList<>();
        unwatchedKnownIds.removeIf(next::contains);
        if (previous != null && watchedKnown + unwatchedKnownIds.size() < previous.size()) {
            for (Instance known : previous.instances()) {
                if (!next.contains(known.id()) && !unwatchedKnownIds.contains(known.id())) {
                    missing.add(known);
                }
            }
        }
        return new InstanceDiff(changes, missing, next);
    }

    /** Returns the appearances and status changes, in list order. */
    List<InstanceEvent> changes() {
        return changes;
    }

    /** Returns the watched instances of the previous snapshot that are absent from the list, in snapshot order. */
    List<Instance> missing() {
        return missing;
    }

    /** Returns the number of watched instances in the list. */
    int watched() {
        return next.size();
    }

    /**
     * Returns the next snapshot: the watched instances of the list in list order, then {@code stillKnown}, copies
     * from the previous snapshot of missing instances whose disappearance is not confirmed yet.
     */
    InstanceSnapshot nextSnapshot(List<Instance> stillKnown) {
        for (Instance known : stillKnown) {
            next.keep(known);
        }
        return next.build();
    }
}

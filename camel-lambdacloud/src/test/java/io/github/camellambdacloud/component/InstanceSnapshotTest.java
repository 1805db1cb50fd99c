package io.github.camellambdacloud.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellambdacloud.client.Instance;
import io.github.camellambdacloud.client.InstanceStatus;
import io.github.camellambdacloud.client.InstanceType;
import io.github.camellambdacloud.client.InstanceTypeSpecs;
import io.github.camellambdacloud.client.Region;
import io.github.camellambdacloud.client.Tag;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diff and the snapshot it builds, without Camel: which copies are kept, reused, shared and dropped. */
class InstanceSnapshotTest {

    private static final String FIRST = "0c000000000000000000000000000001";
    private static final String SECOND = "0c000000000000000000000000000002";
    private static final String THIRD = "0c000000000000000000000000000003";

    private final InstanceFilter watchAll = InstanceFilter.parse(new LambdaCloudConfiguration());

    @Test
    void unchangedInstanceKeepsItsPreviousCopy() {
        InstanceSnapshot first = InstanceSnapshot.of(List.of(instance(FIRST, "worker-1", "active", "team")));

        InstanceSnapshot second = next(first, List.of(instance(FIRST, "worker-1", "active", "team")));

        assertThat(second.get(FIRST)).isSameAs(first.get(FIRST));
        assertThat(second.get(FIRST).jupyterToken()).isNull();
        assertThat(second.get(FIRST).jupyterUrl()).isNull();
    }

    @Test
    void changedInstanceCopySharesUnchangedValues() {
        InstanceSnapshot first = InstanceSnapshot.of(List.of(instance(FIRST, "worker-1", "active", "team")));
        Instance known = first.get(FIRST);

        InstanceSnapshot second = next(first, List.of(instance(FIRST, "renamed", "unhealthy", "team")));

        Instance copy = second.get(FIRST);
        assertThat(copy).isNotSameAs(known);
        assertThat(copy.name()).isEqualTo("renamed");
        assertThat(copy.status()).isEqualTo(InstanceStatus.UNHEALTHY);
        assertThat(copy.region()).isSameAs(known.region());
        assertThat(copy.instanceType()).isSameAs(known.instanceType());
        assertThat(copy.tags()).isSameAs(known.tags());
        assertThat(copy.jupyterToken()).isNull();
    }

    @Test
    void newInstancesShareEqualValues() {
        InstanceSnapshot snapshot = InstanceSnapshot.of(List.of(
                instance(FIRST, "worker-1", "active", "team"), instance(SECOND, "worker-2", "active", "team")));

        assertThat(snapshot.get(SECOND).region()).isSameAs(snapshot.get(FIRST).region());
        assertThat(snapshot.get(SECOND).tags()).isSameAs(snapshot.get(FIRST).tags());
        assertThat(snapshot.get(SECOND).status()).isSameAs(snapshot.get(FIRST).status());
    }

    @Test
    void laterInstanceSharesEarlierValues() {
        InstanceSnapshot first = InstanceSnapshot.of(List.of(instance(FIRST, "worker-1", "active", "team")));

        InstanceSnapshot second = next(first, List.of(
                instance(FIRST, "worker-1", "active", "team"), instance(SECOND, "worker-2", "active", "team")));

        assertThat(second.get(SECOND).region()).isSameAs(first.get(FIRST).region());
        assertThat(second.get(SECOND).tags()).isSameAs(first.get(FIRST).tags());
    }

    @Test
    void sharedValuePoolStaysBounded() {
        InstanceSnapshot snapshot = InstanceSnapshot.of(List.of(instance(FIRST, "worker-1", "active", "tag-0")));
        int largestPool = 0;

        // Every poll one instance with a tag of its own replaces the last, so the pool gains a value each time.
        for (int poll = 1; poll <= 1_000; poll++) {
            String id = "%032x".formatted(poll);
            snapshot = next(snapshot, List.of(
                    instance(FIRST, "worker-1", "active", "tag-0"), instance(id, "churn", "active", "tag-" + poll)));
            largestPool = Math.max(largestPool, snapshot.sharedValueCount());
        }

        assertThat(snapshot.size()).isEqualTo(2);
        // The pool is rebuilt above two values per instance plus 64; one poll adds at most one new tag list.
        assertThat(largestPool).isLessThanOrEqualTo(2 * 2 + 64 + 1);
        assertThat(snapshot.get("%032x".formatted(1_000)).tagValue("tag-1000")).isEqualTo("x");
    }

    @Test
    void sharedValuePoolIgnoresUnwatchedInstances() {
        LambdaCloudConfiguration configuration = new LambdaCloudConfiguration();
        configuration.setNamePattern("worker-.*");
        InstanceFilter watchWorkers = InstanceFilter.parse(configuration);
        List<Instance> unwatched = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            unwatched.add(instance("%032x".formatted(1_000_000 + i), "other", "active", "team"));
        }
        InstanceSnapshot snapshot = null;
        int largestPool = 0;

        // One watched instance with a tag of its own replaces the last every poll, in a list of 1,000 unwatched ones.
        for (int poll = 1; poll <= 3_000; poll++) {
            List<Instance> list = new ArrayList<>(unwatched);
            list.add(instance("%032x".formatted(poll), "worker-" + poll, "active", "tag-" + poll));
            snapshot = InstanceDiff.compute(snapshot, list, watchWorkers).nextSnapshot(List.of());
            largestPool = Math.max(largestPool, snapshot.sharedValueCount());
        }

        assertThat(snapshot.size()).isEqualTo(1);
        // The bound counts the instances of the snapshot, not the unwatched ones of the list.
        assertThat(largestPool).isLessThanOrEqualTo(2 + 64 + 1);
    }

    @Test
    void repeatedIdKeepsFirstCopy() {
        InstanceDiff diff = InstanceDiff.compute(null, List.of(
                instance(FIRST, "worker-1", "booting", "team"), instance(FIRST, "worker-1", "active", "team")),
                watchAll);

        assertThat(diff.changes()).hasSize(1);
        assertThat(diff.watched()).isEqualTo(1);
        assertThat(diff.nextSnapshot(List.of()).get(FIRST).status()).isEqualTo(InstanceStatus.BOOTING);
    }

    @Test
    void unwatchedListedInstanceIsNotMissing() {
        InstanceSnapshot previous = InstanceSnapshot.of(List.of(
                instance(FIRST, "worker-1", "active", "team"), instance(SECOND, "worker-2", "active", "team")));
        LambdaCloudConfiguration configuration = new LambdaCloudConfiguration();
        configuration.setNamePattern("worker-.*");

        InstanceDiff diff = InstanceDiff.compute(previous, List.of(
                instance(FIRST, "worker-1", "active", "team"), instance(SECOND, "renamed", "active", "team")),
                InstanceFilter.parse(configuration));

        assertThat(diff.changes()).isEmpty();
        assertThat(diff.missing()).isEmpty();
        InstanceSnapshot next = diff.nextSnapshot(List.of());
        assertThat(next.size()).isEqualTo(1);
        assertThat(next.get(SECOND)).isNull();
    }

    @Test
    void absentInstanceMissingDespiteRepeatedId() {
        InstanceSnapshot previous = InstanceSnapshot.of(List.of(
                instance(FIRST, "worker-1", "active", "team"), instance(SECOND, "worker-2", "active", "team"),
                instance(THIRD, "worker-3", "active", "team")));
        LambdaCloudConfiguration configuration = new LambdaCloudConfiguration();
        configuration.setNamePattern("worker-.*");

        // FIRST is listed once watched and once not; counted twice it would hide that SECOND and THIRD are gone.
        InstanceDiff diff = InstanceDiff.compute(previous, List.of(
                instance(FIRST, "worker-1", "active", "team"), instance(FIRST, "renamed", "active", "team")),
                InstanceFilter.parse(configuration));

        assertThat(diff.missing()).extracting(Instance::id).containsExactly(SECOND, THIRD);
    }

    @Test
    void unconfirmedInstancesFollowListedOnes() {
        InstanceSnapshot previous = InstanceSnapshot.of(List.of(
                instance(FIRST, "worker-1", "active", "team"), instance(SECOND, "worker-2", "active", "team")));

        InstanceDiff diff = InstanceDiff.compute(previous, List.of(instance(THIRD, "worker-3", "booting", "team"),
                instance(FIRST, "worker-1", "active", "team")), watchAll);
        InstanceSnapshot next = diff.nextSnapshot(diff.missing());

        assertThat(diff.missing()).extracting(Instance::id).containsExactly(SECOND);
        assertThat(next.instances()).extracting(Instance::id).containsExactly(THIRD, FIRST, SECOND);
        assertThat(next.get(SECOND)).isSameAs(previous.get(SECOND));
    }

    /** Returns the snapshot after this list, every missing instance confirmed gone. */
    private InstanceSnapshot next(InstanceSnapshot previous, List<Instance> list) {
        return InstanceDiff.compute(previous, list, watchAll).nextSnapshot(List.of());
    }

    /** Builds an instance as Jackson would parse it: every value a separate object, a Jupyter token included. */
    private static Instance instance(String id, String name, String status, String tagKey) {
        return new Instance(id, name, "198.51.100.7", "10.0.0.7", InstanceStatus.of(status),
                new ArrayList<>(List.of(new String("ops-key"))), List.of(), List.of(),
                new Region(new String("us-east-1"), "Virginia, USA"),
                new InstanceType(new String("gpu_1x_a10"), "1x A10 (24 GB PCIe)", "A10 (24 GB PCIe)", 75,
                        new InstanceTypeSpecs(30, 200, 1400, 1)),
                "host-" + id, "jupyter-token-" + id, "https://jupyter.example/?token=" + id, null,
                new ArrayList<>(List.of(new Tag(new String(tagKey), "x"))), List.of(), false);
    }
}

package io.github.camellambdacloud.simulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Fault rules of a running simulator. Rules can be added and cleared at any time, from any thread; the first
 * rule that selects a request wins.
 */
public final class Faults {

    private final long seed;
    private final List<Entry> entries = new ArrayList<>();
    private Random random;

    Faults(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** Adds a rule after the existing ones and returns this registry. */
    public synchronized Faults add(FaultRule rule) {
        entries.add(new Entry(rule, rule.times()));
        return this;
    }

    /** Removes every rule and restarts the random generator from the seed, so a rerun selects the same requests. */
    public synchronized void clear() {
        entries.clear();
        random = new Random(seed);
    }

    /** Returns the rules still active, with their original counts. */
    public synchronized List<FaultRule> rules() {
        return entries.stream().map(Entry::rule).toList();
    }

    synchronized Optional<Fault> select(String method, String relativePath) {
        Iterator<Entry> iterator = entries.iterator();
        while (iterator.hasNext()) {
            Entry entry = iterator.next();
            if (!entry.rule.matches(method, relativePath)) {
                continue;
            }
            // Draw only for partial shares, so adding a share-1 rule does not shift the sequence of other rules.
            if (entry.rule.share() < 1 && random.nextDouble() >= entry.rule.share()) {
                continue;
            }
            if (entry.remaining != FaultRule.UNLIMITED) {
                entry.remaining--;
                if (entry.remaining == 0) {
                    iterator.remove();
                }
            }
            return Optional.of(entry.rule.fault());
        }
        return Optional.empty();
    }

    private static final class Entry {
        private final FaultRule rule;
        private int remaining;

        private Entry(FaultRule rule, int remaining) {
            this.rule = rule;
            this.remaining = remaining;
        }

        private FaultRule rule() {
            return rule;
        }
    }
}

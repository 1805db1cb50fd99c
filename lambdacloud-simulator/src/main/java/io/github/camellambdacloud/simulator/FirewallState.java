package io.github.camellambdacloud.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Global firewall rules and regional rulesets. {@code GET/PUT /firewall-rules} and
 * {@code /firewall-rulesets/global} read and write the same global rule list. Callers hold the simulator
 * state's lock.
 */
final class FirewallState {

    static final String GLOBAL_NAME = "Global Firewall Rules";

    record Ruleset(String id, String name, RegionSpec region, List<Payloads.FirewallRuleBody> rules, Instant created) {}

    private List<Payloads.FirewallRuleBody> globalRules = List.of();
    private final Map<String, Ruleset> rulesets = new LinkedHashMap<>();

    List<Payloads.FirewallRuleBody> globalRules() {
        return globalRules;
    }

    void replaceGlobalRules(List<Payloads.FirewallRuleBody> rules) {
        globalRules = List.copyOf(rules);
    }

    Ruleset ruleset(String id) {
        return rulesets.get(id);
    }

    List<Ruleset> rulesets() {
        return new ArrayList<>(rulesets.values());
    }

    void put(Ruleset ruleset) {
        rulesets.put(ruleset.id(), ruleset);
    }

    void remove(String id) {
        rulesets.remove(id);
    }
}

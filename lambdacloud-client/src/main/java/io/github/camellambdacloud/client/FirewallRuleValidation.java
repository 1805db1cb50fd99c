package io.github.camellambdacloud.client;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Checks firewall rules against the API's documented constraints before they are sent. */
final class FirewallRuleValidation {

    private static final Set<String> PROTOCOLS = Set.of("tcp", "udp", "icmp", "all");
    private static final int MAX_DESCRIPTION_LENGTH = 128;

    private FirewallRuleValidation() {}

    static void requireValid(List<FirewallRule> rules) {
        if (rules == null) {
            throw new IllegalArgumentException("Missing firewall rules: pass a list, which may be empty to remove"
                    + " every rule.");
        }
        for (int i = 0; i < rules.size(); i++) {
            requireValid(i, Objects.requireNonNull(rules.get(i), "firewall rule " + i));
        }
    }

    private static void requireValid(int index, FirewallRule rule) {
        String field = "firewall rule " + index;
        // Set.of(...).contains(null) throws NullPointerException, so a missing protocol is checked first.
        if (rule.protocol() == null || !PROTOCOLS.contains(rule.protocol())) {
            throw new IllegalArgumentException("Invalid protocol '" + rule.protocol() + "' in " + field
                    + ": use tcp, udp, icmp or all.");
        }
        List<Integer> ports = rule.portRange();
        if (rule.protocol().equals("icmp")) {
            if (ports != null && !ports.isEmpty()) {
                throw new IllegalArgumentException("Invalid port range " + ports + " in " + field
                        + ": ICMP rules take no ports. Leave the port range out.");
            }
        } else if (ports == null || ports.size() != 2 || ports.get(0) == null || ports.get(1) == null
                || ports.get(0) < 1 || ports.get(1) > 65535 || ports.get(0) > ports.get(1)) {
            throw new IllegalArgumentException("Invalid port range " + ports + " in " + field + " (" + rule.protocol()
                    + "): pass [from, to] with 1 <= from <= to <= 65535, such as [22, 22].");
        }
        RequestValidation.requireNotBlank("source network of " + field, rule.sourceNetwork());
        if (rule.description() == null) {
            throw new IllegalArgumentException("Missing description of " + field
                    + ": the API requires one; it may be empty.");
        }
        RequestValidation.requireMaxLength("description of " + field, rule.description(), MAX_DESCRIPTION_LENGTH);
    }
}

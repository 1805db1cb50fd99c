package io.github.camellambdacloud.client;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A named set of firewall rules in one region, attached to instances at launch. The global ruleset has the id
 * {@code global} and no region.
 *
 * @param id the ruleset id
 * @param name the name
 * @param region the region; null for the global ruleset
 * @param rules the rules
 * @param created when it was created; null for the global ruleset
 * @param instanceIds the instances it is attached to
 */
public record FirewallRuleset(
        String id,
        String name,
        Region region,
        List<FirewallRule> rules,
        OffsetDateTime created,
        List<String> instanceIds) {

    public FirewallRuleset {
        rules = rules == null ? List.of() : List.copyOf(rules);
        instanceIds = instanceIds == null ? List.of() : List.copyOf(instanceIds);
    }
}

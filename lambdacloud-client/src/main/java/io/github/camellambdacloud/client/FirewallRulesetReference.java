package io.github.camellambdacloud.client;

/**
 * A reference to a firewall ruleset by id, as instances and launch requests carry it.
 *
 * @param id the ruleset id
 */
public record FirewallRulesetReference(String id) {}

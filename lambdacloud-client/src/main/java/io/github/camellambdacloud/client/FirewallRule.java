package io.github.camellambdacloud.client;

import java.util.List;

/**
 * An inbound firewall rule. The client checks rules before sending them: {@code port_range} is required for
 * {@code tcp}, {@code udp} and {@code all}, and must be absent for {@code icmp}.
 *
 * @param protocol {@code tcp}, {@code udp}, {@code icmp} or {@code all}
 * @param portRange the inclusive port range {@code [min, max]} within 1..65535; a single port is {@code [22, 22]}
 * @param sourceNetwork an IPv4 CIDR block such as {@code 0.0.0.0/0}; a bare address means /32
 * @param description up to 128 characters
 */
public record FirewallRule(String protocol, List<Integer> portRange, String sourceNetwork, String description) {

    /** Creates a rule for one port or a range of ports. */
    public static FirewallRule ports(String protocol, int fromPort, int toPort, String sourceNetwork, String description) {
        return new FirewallRule(protocol, List.of(fromPort, toPort), sourceNetwork, description);
    }

    /** Creates an ICMP rule, which takes no ports. */
    public static FirewallRule icmp(String sourceNetwork, String description) {
        return new FirewallRule("icmp", null, sourceNetwork, description);
    }
}

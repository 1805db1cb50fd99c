package io.github.camellambdacloud.simulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Input checks with the API's pydantic-style messages ({@code field: reason}). Patterns and limits come from
 * the Lambda Cloud OpenAPI spec v1.10.0.
 */
final class Validation {

    static final Pattern ID = Pattern.compile("[0-9a-fA-F]{32}");
    static final Pattern HOSTNAME = Pattern.compile("^[a-z0-9][0-9a-z-]{0,62}$");
    static final Pattern TAG_KEY = Pattern.compile("^[a-z][a-z0-9-:]+$");
    static final Pattern MOUNT_POINT = Pattern.compile("^(/home|/lambda/nfs|/data)[//a-zA-Z0-9-]*$");
    static final Pattern FILE_SYSTEM_NAME = Pattern.compile("^[a-zA-Z]+[0-9a-zA-Z-]*$");
    static final Pattern IPV4_CIDR = Pattern.compile(
            "^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(/(3[0-2]|[12]?\\d))?$");
    static final int USER_DATA_MAX_BYTES = 1024 * 1024;

    private Validation() {}

    /** Rejects a path id that is not 32 hex characters, as the API's UUID parser does. */
    static String pathId(String value) {
        return uuid("request path at 'id'", value);
    }

    /** Rejects a query id such as {@code cluster_id} that is not 32 hex characters. */
    static String queryId(String name, String value) {
        return uuid("query at '" + name + "'", value);
    }

    private static String uuid(String location, String value) {
        if (value.length() != 32) {
            throw ApiError.invalidParameters("Error in " + location + ": Input should be a valid UUID, invalid length: "
                    + "expected length 32 for simple format, found " + value.length());
        }
        if (!ID.matcher(value).matches()) {
            throw ApiError.invalidParameters(
                    "Error in " + location + ": Input should be a valid UUID, invalid character found");
        }
        return value;
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw ApiError.invalidParameters(field + ": Field required");
        }
        return value;
    }

    static void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw ApiError.invalidParameters(field + ": String should have at most " + max + " characters");
        }
    }

    static void minLength(String field, String value, int min) {
        if (value != null && value.length() < min) {
            throw ApiError.invalidParameters(field + ": String should have at least " + min + " character"
                    + (min == 1 ? "" : "s"));
        }
    }

    static void pattern(String field, String value, Pattern pattern) {
        if (value != null && !pattern.matcher(value).matches()) {
            throw ApiError.invalidParameters(field + ": String should match pattern '" + pattern.pattern() + "'");
        }
    }

    static void userData(String value) {
        if (value != null && value.getBytes(StandardCharsets.UTF_8).length > USER_DATA_MAX_BYTES) {
            throw ApiError.invalidParameters("user_data: User data must not exceed 1MB");
        }
    }

    static void firewallRules(String field, List<Payloads.FirewallRuleBody> rules) {
        required(field, rules);
        for (int i = 0; i < rules.size(); i++) {
            firewallRule(field + "." + i, rules.get(i));
        }
    }

    private static void firewallRule(String field, Payloads.FirewallRuleBody rule) {
        required(field, rule);
        String protocol = required(field + ".protocol", rule.protocol());
        if (!List.of("tcp", "udp", "icmp", "all").contains(protocol)) {
            throw ApiError.invalidParameters(field + ".protocol: Input should be 'tcp', 'udp', 'icmp' or 'all'");
        }
        List<Integer> portRange = rule.portRange();
        if ("icmp".equals(protocol) && portRange != null) {
            throw ApiError.invalidParameters(field + ".port_range: Port range is not allowed for the icmp protocol");
        }
        if (!"icmp".equals(protocol)) {
            required(field + ".port_range", portRange);
            boolean valid = portRange.size() == 2
                    && portRange.stream().allMatch(port -> port != null && port >= 1 && port <= 65535)
                    && portRange.get(0) <= portRange.get(1);
            if (!valid) {
                throw ApiError.invalidParameters(
                        field + ".port_range: Expected [min, max] with 1 <= min <= max <= 65535");
            }
        }
        pattern(field + ".source_network", required(field + ".source_network", rule.sourceNetwork()), IPV4_CIDR);
        maxLength(field + ".description", required(field + ".description", rule.description()), 128);
    }
}

package io.github.camellambdacloud.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Invalid arguments fail with a message naming the field, the value and the fix, and nothing is sent. */
class RequestValidationTest extends WireMockTestSupport {

    private static final FirewallRule SSH = FirewallRule.ports("tcp", 22, 22, "0.0.0.0/0", "SSH");

    private static IllegalArgumentException rejected(Executable call) {
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class, call::execute);
        assertThat(e).as("IllegalArgumentException").isNotNull();
        assertNoRequestReceived();
        return e;
    }

    private static LaunchRequest.Builder launch() {
        return LaunchRequest.builder("us-east-1", "gpu_1x_a10", "camel-key");
    }

    record IdMethod(String name, String field, BiConsumer<LambdaCloudClient, String> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> idMethodsAndUnsafeIds() {
        List<IdMethod> methods = List.of(
                new IdMethod("listInstances", "cluster id", LambdaCloudClient::listInstances),
                new IdMethod("getInstance", "instance id", LambdaCloudClient::getInstance),
                new IdMethod("renameInstance", "instance id", (c, id) -> c.renameInstance(id, "new-name")),
                new IdMethod("restartInstances", "instance id", (c, id) -> c.restartInstances(List.of(id))),
                new IdMethod("terminateInstances", "instance id", (c, id) -> c.terminateInstances(List.of(id))),
                new IdMethod("deleteSshKey", "SSH key id", LambdaCloudClient::deleteSshKey),
                new IdMethod("deleteFileSystem", "file system id", LambdaCloudClient::deleteFileSystem),
                new IdMethod("getFirewallRuleset", "firewall ruleset id", LambdaCloudClient::getFirewallRuleset),
                new IdMethod("updateFirewallRuleset", "firewall ruleset id",
                        (c, id) -> c.updateFirewallRuleset(id, "name", null)),
                new IdMethod("deleteFirewallRuleset", "firewall ruleset id", LambdaCloudClient::deleteFirewallRuleset));
        List<String> unsafeIds = List.of("a/b", "..", ".", "%2F", "abc%2e%2e", "a?b=1", "a#b", "a\\b", "a b");
        List<Arguments> cases = new ArrayList<>();
        for (IdMethod method : methods) {
            for (String id : unsafeIds) {
                cases.add(Arguments.of(method, id));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} rejects ''{1}''")
    @MethodSource("idMethodsAndUnsafeIds")
    void unsafeIdIsRejected(IdMethod method, String id) {
        IllegalArgumentException e = rejected(() -> method.call().accept(client, id));

        assertThat(e.getMessage()).startsWith("Invalid " + method.field() + " '" + id + "'");
        assertThat(e.getMessage()).contains("Pass the id exactly as the API returned it");
    }

    @ParameterizedTest(name = "{0} rejects blank id")
    @MethodSource("idMethodsAndUnsafeIds")
    void blankIdIsRejected(IdMethod method, String ignored) {
        IllegalArgumentException e = rejected(() -> method.call().accept(client, " "));

        assertThat(e.getMessage()).startsWith("Missing " + method.field());
        assertThat(e.getMessage()).contains("' '");
    }

    @Test
    void globalRulesetIdIsRejectedForRegionalCalls() {
        IllegalArgumentException e = rejected(() -> client.getFirewallRuleset("global"));

        assertThat(e.getMessage()).contains("'global'");
        assertThat(e.getMessage()).contains("getGlobalFirewallRuleset");
    }

    @Test
    void emptyInstanceIdListIsRejected() {
        IllegalArgumentException e = rejected(() -> client.terminateInstances(List.of()));

        assertThat(e.getMessage()).contains("instance ids");
        assertThat(e.getMessage()).contains("pass at least one");
    }

    @Test
    void launchWithoutSshKeyIsRejected() {
        IllegalArgumentException e = rejected(() -> LaunchRequest.builder("us-east-1", "gpu_1x_a10", null).build());

        assertThat(e.getMessage()).contains("SSH key names []");
        assertThat(e.getMessage()).contains("Pass one key name");
    }

    @Test
    void launchWithTwoSshKeysIsRejected() {
        IllegalArgumentException e = rejected(() -> launch().sshKeyNames(List.of("key-a", "key-b")).build());

        assertThat(e.getMessage()).contains("SSH key names [key-a, key-b]");
        assertThat(e.getMessage()).contains("exactly one SSH key");
    }

    @Test
    void launchQuantityTwoIsRejected() {
        IllegalArgumentException e = rejected(() -> launch().quantity(2));

        assertThat(e.getMessage()).contains("quantity 2");
        assertThat(e.getMessage()).contains("Send one launch per instance");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Camel-Worker", "camel_worker", "-camel", "camel.worker",
        "a123456789012345678901234567890123456789012345678901234567890123"})
    void launchHostnameViolationIsRejected(String hostname) {
        IllegalArgumentException e = rejected(() -> launch().hostname(hostname).build());

        assertThat(e.getMessage()).startsWith("Invalid hostname '" + hostname + "'");
        assertThat(e.getMessage()).contains("lowercase letters, digits or '-'");
    }

    @Test
    void launchNameOver64CharactersIsRejected() {
        String name = "n".repeat(65);

        IllegalArgumentException e = rejected(() -> launch().name(name).build());

        assertThat(e.getMessage()).contains("instance name '" + name + "'");
        assertThat(e.getMessage()).contains("at most 64");
        assertThat(e.getMessage()).contains("Shorten it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Owner", "o", "1owner", "owner_name", "owner name"})
    void launchTagKeyViolationIsRejected(String key) {
        IllegalArgumentException e = rejected(() -> launch().tag(key, "camel").build());

        assertThat(e.getMessage()).startsWith("Invalid tag key '" + key + "'");
        assertThat(e.getMessage()).contains("a lowercase letter, then lowercase letters, digits, '-' or ':'");
    }

    @Test
    void launchTagKeyOver55CharactersIsRejected() {
        String key = "k".repeat(56);

        IllegalArgumentException e = rejected(() -> launch().tag(key, "camel").build());

        assertThat(e.getMessage()).contains("tag key '" + key + "'");
        assertThat(e.getMessage()).contains("at most 55");
    }

    @Test
    void launchTagValueOver128CharactersIsRejected() {
        IllegalArgumentException e = rejected(() -> launch().tag("owner", "v".repeat(129)).build());

        assertThat(e.getMessage()).contains("value of tag 'owner'");
        assertThat(e.getMessage()).contains("129 characters");
        assertThat(e.getMessage()).contains("at most 128");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/data", "data", "/home/../etc", "/lambda/nfs/data sets", "/mnt/nfs"})
    void launchMountPointViolationIsRejected(String mountPoint) {
        IllegalArgumentException e = rejected(
                () -> launch().fileSystemMount(mountPoint, Payloads.FILE_SYSTEM_ID).build());

        assertThat(e.getMessage()).startsWith("Invalid mount point '" + mountPoint + "'");
        assertThat(e.getMessage()).contains("under /home, /lambda/nfs or /data");
    }

    @Test
    void launchMountWithoutFileSystemIdIsRejected() {
        IllegalArgumentException e = rejected(() -> launch().fileSystemMount("/data/sets", null).build());

        assertThat(e.getMessage()).contains("file system id of mount /data/sets");
    }

    @Test
    void launchUserDataOver1MibIsRejected() {
        // 600 000 two-byte characters: under the limit in characters, over it in UTF-8 bytes.
        String userData = "é".repeat(600_000);

        IllegalArgumentException e = rejected(() -> launch().userData(userData).build());

        assertThat(e.getMessage()).contains("user data");
        assertThat(e.getMessage()).contains("1200000 bytes");
        assertThat(e.getMessage()).contains("at most 1048576");
    }

    @Test
    void launchUserDataOfExactly1MibIsAccepted() {
        LaunchRequest request = launch().userData("x".repeat(1024 * 1024)).build();

        assertThat(request.userData()).hasSize(1024 * 1024);
    }

    @ParameterizedTest
    @ValueSource(strings = {"region", "type"})
    void launchBlankRegionOrTypeIsRejected(String blankField) {
        String region = blankField.equals("region") ? " " : "us-east-1";
        String type = blankField.equals("type") ? "" : "gpu_1x_a10";

        IllegalArgumentException e = rejected(() -> LaunchRequest.builder(region, type, "camel-key").build());

        assertThat(e.getMessage()).startsWith("Missing " + (blankField.equals("region") ? "region name"
                : "instance type name"));
        assertThat(e.getMessage()).contains("Set a non-blank");
    }

    @Test
    void imageWithIdAndFamilyIsRejected() {
        IllegalArgumentException e = rejected(() -> new ImageSelector("43336648-096d-4cba-9aa2-f9bb7727639d",
                "lambda-stack-24-04"));

        assertThat(e.getMessage()).contains("exactly one of id and family");
        assertThat(e.getMessage()).contains("ImageSelector.byFamily");
    }

    @Test
    void blankNamesAreRejected() {
        List<Object[]> cases = List.of(
                new Object[] {"instance name", (Executable) () -> client.renameInstance(Payloads.ACTIVE_ID, " ")},
                new Object[] {"SSH key name", (Executable) () -> client.addSshKey("", null)},
                new Object[] {"public key", (Executable) () -> client.addSshKey("camel-key", "  ")},
                new Object[] {"file system name", (Executable) () -> client.createFileSystem(" ", "us-east-1")},
                new Object[] {"region name", (Executable) () -> client.createFileSystem("datasets", null)},
                new Object[] {"firewall ruleset name",
                    (Executable) () -> client.createFirewallRuleset("\t", "us-east-1", List.of(SSH))},
                new Object[] {"firewall ruleset name",
                    (Executable) () -> client.updateFirewallRuleset(Payloads.RULESET_ID, "", null)});

        for (Object[] blankCase : cases) {
            IllegalArgumentException e = rejected((Executable) blankCase[1]);

            assertThat(e.getMessage()).as("message for %s", blankCase[0]).startsWith("Missing " + blankCase[0]);
            assertThat(e.getMessage()).as("message for %s", blankCase[0])
                    .contains("Set a non-blank " + blankCase[0]);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2datasets", "data_sets", "data sets", "-datasets"})
    void fileSystemNamePatternIsChecked(String name) {
        IllegalArgumentException e = rejected(() -> client.createFileSystem(name, "us-east-1"));

        assertThat(e.getMessage()).startsWith("Invalid file system name '" + name + "'");
        assertThat(e.getMessage()).contains("start with a letter");
    }

    @Test
    void fileSystemNameOver60CharactersIsRejected() {
        String name = "d".repeat(61);

        IllegalArgumentException e = rejected(() -> client.createFileSystem(name, "us-east-1"));

        assertThat(e.getMessage()).contains("file system name '" + name + "'");
        assertThat(e.getMessage()).contains("at most 60");
    }

    @Test
    void updateRulesetWithoutChangesIsRejected() {
        IllegalArgumentException e = rejected(() -> client.updateFirewallRuleset(Payloads.RULESET_ID, null, null));

        assertThat(e.getMessage()).contains("set a new name, new rules or both");
    }

    @Test
    void icmpRuleWithPortsIsRejected() {
        FirewallRule rule = new FirewallRule("icmp", List.of(1, 2), "0.0.0.0/0", "ping");

        IllegalArgumentException e = rejected(() -> client.replaceFirewallRules(List.of(SSH, rule)));

        assertThat(e.getMessage()).contains("port range [1, 2]");
        assertThat(e.getMessage()).contains("firewall rule 1");
        assertThat(e.getMessage()).contains("Leave the port range out");
    }

    @ParameterizedTest
    @MethodSource("badPortRanges")
    void tcpRuleWithBadPortsIsRejected(List<Integer> ports) {
        FirewallRule rule = new FirewallRule("tcp", ports, "0.0.0.0/0", "web");

        IllegalArgumentException e = rejected(() -> client.replaceFirewallRules(List.of(rule)));

        assertThat(e.getMessage()).contains("port range " + ports);
        assertThat(e.getMessage()).contains("firewall rule 0 (tcp)");
        assertThat(e.getMessage()).contains("1 <= from <= to <= 65535");
    }

    static Stream<List<Integer>> badPortRanges() {
        return Stream.of(null, List.of(), List.of(22), List.of(0, 22), List.of(443, 80), List.of(1, 65536),
                Arrays.asList(22, null), List.of(1, 2, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "TCP", "sctp"})
    void unknownProtocolIsRejected(String protocol) {
        FirewallRule rule = new FirewallRule(protocol, List.of(22, 22), "0.0.0.0/0", "ssh");

        IllegalArgumentException e = rejected(() -> client.createFirewallRuleset("web", "us-east-1", List.of(rule)));

        assertThat(e.getMessage()).contains("protocol '" + protocol + "'");
        assertThat(e.getMessage()).contains("use tcp, udp, icmp or all");
    }

    @Test
    void missingProtocolIsRejected() {
        FirewallRule rule = new FirewallRule(null, List.of(22, 22), "0.0.0.0/0", "ssh");

        IllegalArgumentException e = rejected(() -> client.updateGlobalFirewallRuleset(List.of(rule)));

        assertThat(e.getMessage()).contains("protocol");
        assertThat(e.getMessage()).contains("firewall rule 0");
        assertThat(e.getMessage()).contains("use tcp, udp, icmp or all");
    }

    @Test
    void ruleWithoutDescriptionIsRejected() {
        FirewallRule rule = new FirewallRule("tcp", List.of(22, 22), "0.0.0.0/0", null);

        IllegalArgumentException e = rejected(() -> client.replaceFirewallRules(List.of(rule)));

        assertThat(e.getMessage()).contains("description of firewall rule 0");
        assertThat(e.getMessage()).contains("it may be empty");
    }

    @Test
    void ruleWithoutSourceNetworkIsRejected() {
        FirewallRule rule = new FirewallRule("udp", List.of(53, 53), " ", "dns");

        IllegalArgumentException e = rejected(() -> client.replaceFirewallRules(List.of(rule)));

        assertThat(e.getMessage()).startsWith("Missing source network of firewall rule 0");
    }

    @Test
    void nullRuleListIsRejected() {
        IllegalArgumentException e = rejected(() -> client.replaceFirewallRules(null));

        assertThat(e.getMessage()).contains("Missing firewall rules");
        assertThat(e.getMessage()).contains("may be empty to remove every rule");
    }
}

package io.github.camellambdacloud.client;

import java.util.List;
import java.util.Objects;

/**
 * A Lambda Cloud instance as {@code GET /instances} returns it.
 *
 * <p>While an instance boots the API omits {@code ip}, {@code private_ip}, {@code hostname} and the Jupyter fields,
 * and an instance launched without a name has none, so those components may be null. {@link #toString()} leaves out
 * the Jupyter token and URL because they grant access to the machine.
 *
 * @param id 32 lowercase hex characters
 * @param name the display name; null when none was given
 * @param ip the public IPv4 address; null while booting
 * @param privateIp the private IPv4 address; null while booting and on some types
 * @param status the status; an open set
 * @param sshKeyNames names of the SSH keys installed at launch
 * @param fileSystemNames names of the attached file systems
 * @param fileSystemMounts where file systems are mounted; empty when the API omits them
 * @param region the region
 * @param instanceType the type, including its price
 * @param hostname the host name; null while booting
 * @param jupyterToken the Jupyter token, a secret; null while booting
 * @param jupyterUrl the Jupyter URL, which embeds the token; null while booting
 * @param actions which actions are available now; may be null
 * @param tags the tags
 * @param firewallRulesets the attached firewall rulesets
 * @param isReserved true for reserved capacity; null when the API does not say
 */
public record Instance(
        String id,
        String name,
        String ip,
        String privateIp,
        InstanceStatus status,
        List<String> sshKeyNames,
        List<String> fileSystemNames,
        List<FileSystemMount> fileSystemMounts,
        Region region,
        InstanceType instanceType,
        String hostname,
        String jupyterToken,
        String jupyterUrl,
        InstanceActions actions,
        List<Tag> tags,
        List<FirewallRulesetReference> firewallRulesets,
        Boolean isReserved) {

    public Instance {
        sshKeyNames = sshKeyNames == null ? List.of() : List.copyOf(sshKeyNames);
        fileSystemNames = fileSystemNames == null ? List.of() : List.copyOf(fileSystemNames);
        fileSystemMounts = fileSystemMounts == null ? List.of() : List.copyOf(fileSystemMounts);
        tags = tags == null ? List.of() : List.copyOf(tags);
        firewallRulesets = firewallRulesets == null ? List.of() : List.copyOf(firewallRulesets);
    }

    /** Returns the region's name, or null when the response had no region. */
    public String regionName() {
        return region == null ? null : region.name();
    }

    /** Returns the instance type's name, or null when the response had no type. */
    public String instanceTypeName() {
        return instanceType == null ? null : instanceType.name();
    }

    /** Returns the value of the first tag with this key, or null. */
    public String tagValue(String key) {
        return tags.stream().filter(tag -> Objects.equals(key, tag.key())).map(Tag::value).findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return "Instance[id=" + id + ", name=" + name + ", status=" + status + ", ip=" + ip + ", privateIp=" + privateIp
                + ", region=" + regionName() + ", instanceType=" + instanceTypeName() + ", hostname=" + hostname
                + ", sshKeyNames=" + sshKeyNames + ", fileSystemNames=" + fileSystemNames + ", tags=" + tags
                + ", jupyterToken=" + (jupyterToken == null ? null : "[redacted]") + "]";
    }
}

package io.github.camellambdacloud.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /instance-operations/launch}. The API launches one instance per request and takes exactly
 * one SSH key. The constructor checks those rules and every documented pattern, so an invalid request fails here
 * instead of spending a launch, which the API allows once every 12 seconds.
 *
 * @param regionName the region, such as {@code us-east-1}
 * @param instanceTypeName the instance type, such as {@code gpu_1x_a10}
 * @param sshKeyNames exactly one SSH key name
 * @param fileSystemNames file systems to attach; they must be in the same region
 * @param fileSystemMounts custom mount points for attached file systems
 * @param hostname the host name written to /etc/hostname; null for the IP-based default
 * @param name the display name, at most 64 characters; null for none
 * @param image the image by id or family; null for the latest Lambda Stack image
 * @param userData a plain-text cloud-init script of at most 1 MiB; the API never returns it
 * @param tags tags to set on the instance
 * @param firewallRulesets firewall rulesets to attach; they must be in the same region
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LaunchRequest(
        String regionName,
        String instanceTypeName,
        List<String> sshKeyNames,
        List<String> fileSystemNames,
        List<FileSystemMount> fileSystemMounts,
        String hostname,
        String name,
        ImageSelector image,
        String userData,
        List<Tag> tags,
        List<FirewallRulesetReference> firewallRulesets) {

    public LaunchRequest {
        RequestValidation.requireNotBlank("region name", regionName);
        RequestValidation.requireNotBlank("instance type name", instanceTypeName);
        sshKeyNames = copy(sshKeyNames);
        if (sshKeyNames.size() != 1) {
            throw new IllegalArgumentException("Invalid SSH key names " + sshKeyNames
                    + ": the API requires exactly one SSH key per launch. Pass one key name.");
        }
        RequestValidation.requireNotBlank("SSH key name", sshKeyNames.get(0));
        fileSystemNames = copy(fileSystemNames);
        fileSystemNames.forEach(fileSystem -> RequestValidation.requireNotBlank("file system name", fileSystem));
        fileSystemMounts = copy(fileSystemMounts);
        fileSystemMounts.forEach(LaunchRequest::validateMount);
        if (hostname != null) {
            RequestValidation.requirePattern("hostname", hostname, RequestValidation.HOSTNAME, 63,
                    "Use 1 to 63 lowercase letters, digits or '-', starting with a letter or digit.");
        }
        RequestValidation.requireMaxLength("instance name", name, RequestValidation.MAX_NAME_LENGTH);
        RequestValidation.requireUserDataSize(userData);
        tags = copy(tags);
        tags.forEach(LaunchRequest::validateTag);
        firewallRulesets = copy(firewallRulesets);
        firewallRulesets.forEach(ruleset -> RequestValidation.requireNotBlank("firewall ruleset id", ruleset.id()));
    }

    /** Starts a request for one instance of a type in a region with one SSH key. */
    public static Builder builder(String regionName, String instanceTypeName, String sshKeyName) {
        return new Builder(regionName, instanceTypeName, sshKeyName);
    }

    /** Returns a copy with another region, for trying the next region after an insufficient-capacity error. */
    public LaunchRequest withRegionName(String otherRegionName) {
        return new LaunchRequest(otherRegionName, instanceTypeName, sshKeyNames, fileSystemNames, fileSystemMounts,
                hostname, name, image, userData, tags, firewallRulesets);
    }

    /** Returns a copy with another display name. */
    public LaunchRequest withName(String otherName) {
        return new LaunchRequest(regionName, instanceTypeName, sshKeyNames, fileSystemNames, fileSystemMounts,
                hostname, otherName, image, userData, tags, firewallRulesets);
    }

    /** Returns a copy with one more tag. */
    public LaunchRequest withTag(String key, String value) {
        List<Tag> moreTags = new ArrayList<>(tags);
        moreTags.add(new Tag(key, value));
        return new LaunchRequest(regionName, instanceTypeName, sshKeyNames, fileSystemNames, fileSystemMounts,
                hostname, name, image, userData, moreTags, firewallRulesets);
    }

    @Override
    public String toString() {
        return "LaunchRequest[regionName=" + regionName + ", instanceTypeName=" + instanceTypeName + ", sshKeyNames="
                + sshKeyNames + ", fileSystemNames=" + fileSystemNames + ", fileSystemMounts=" + fileSystemMounts
                + ", hostname=" + hostname + ", name=" + name + ", image=" + image + ", userData="
                + (userData == null ? null : "[" + userData.length() + " characters]") + ", tags=" + tags
                + ", firewallRulesets=" + firewallRulesets + "]";
    }

    private static void validateMount(FileSystemMount mount) {
        Objects.requireNonNull(mount, "file system mount");
        RequestValidation.requirePattern("mount point", mount.mountPoint(), RequestValidation.MOUNT_POINT,
                RequestValidation.MAX_MOUNT_POINT_LENGTH,
                "Use an absolute path under /home, /lambda/nfs or /data, such as /lambda/nfs/datasets.");
        RequestValidation.requireNotBlank("file system id of mount " + mount.mountPoint(), mount.fileSystemId());
    }

    private static void validateTag(Tag tag) {
        Objects.requireNonNull(tag, "tag");
        RequestValidation.requirePattern("tag key", tag.key(), RequestValidation.TAG_KEY,
                RequestValidation.MAX_TAG_KEY_LENGTH,
                "Use 2 to 55 characters: a lowercase letter, then lowercase letters, digits, '-' or ':'.");
        RequestValidation.requireMaxLength("value of tag '" + tag.key() + "'", tag.value(),
                RequestValidation.MAX_TAG_VALUE_LENGTH);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Builds a {@link LaunchRequest}; {@link #build()} runs the checks. */
    public static final class Builder {

        private String regionName;
        private String instanceTypeName;
        private final List<String> sshKeyNames = new ArrayList<>();
        private final List<String> fileSystemNames = new ArrayList<>();
        private final List<FileSystemMount> fileSystemMounts = new ArrayList<>();
        private String hostname;
        private String name;
        private ImageSelector image;
        private String userData;
        private final List<Tag> tags = new ArrayList<>();
        private final List<FirewallRulesetReference> firewallRulesets = new ArrayList<>();

        private Builder(String regionName, String instanceTypeName, String sshKeyName) {
            this.regionName = regionName;
            this.instanceTypeName = instanceTypeName;
            if (sshKeyName != null) {
                sshKeyNames.add(sshKeyName);
            }
        }

        /** Sets the region. */
        public Builder regionName(String regionName) {
            this.regionName = regionName;
            return this;
        }

        /** Sets the instance type. */
        public Builder instanceTypeName(String instanceTypeName) {
            this.instanceTypeName = instanceTypeName;
            return this;
        }

        /** Replaces the SSH key names; the API takes exactly one. */
        public Builder sshKeyNames(List<String> names) {
            sshKeyNames.clear();
            sshKeyNames.addAll(names);
            return this;
        }

        /** Attaches a file system by name. */
        public Builder fileSystemName(String fileSystemName) {
            fileSystemNames.add(fileSystemName);
            return this;
        }

        /** Mounts a file system by id at a custom path. */
        public Builder fileSystemMount(String mountPoint, String fileSystemId) {
            fileSystemMounts.add(new FileSystemMount(mountPoint, fileSystemId));
            return this;
        }

        /** Sets the host name. */
        public Builder hostname(String hostname) {
            this.hostname = hostname;
            return this;
        }

        /** Sets the display name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets the image. */
        public Builder image(ImageSelector image) {
            this.image = image;
            return this;
        }

        /** Sets the cloud-init user data. */
        public Builder userData(String userData) {
            this.userData = userData;
            return this;
        }

        /** Adds a tag. */
        public Builder tag(String key, String value) {
            tags.add(new Tag(key, value));
            return this;
        }

        /** Attaches a firewall ruleset by id. */
        public Builder firewallRuleset(String rulesetId) {
            firewallRulesets.add(new FirewallRulesetReference(rulesetId));
            return this;
        }

        /**
         * Checks a requested quantity. The API launches one instance per request and rejects a quantity above 1 with
         * 400 {@code global/invalid-parameters}, so only 1 is accepted; nothing is sent for it.
         */
        public Builder quantity(int quantity) {
            if (quantity != 1) {
                throw new IllegalArgumentException("Invalid quantity " + quantity
                        + ": the API launches exactly one instance per request. Send one launch per instance;"
                        + " the API allows one launch every 12 seconds.");
            }
            return this;
        }

        /** Returns the request, or throws {@link IllegalArgumentException} naming the first invalid field. */
        public LaunchRequest build() {
            return new LaunchRequest(regionName, instanceTypeName, sshKeyNames, fileSystemNames, fileSystemMounts,
                    hostname, name, image, userData, tags, firewallRulesets);
        }
    }
}

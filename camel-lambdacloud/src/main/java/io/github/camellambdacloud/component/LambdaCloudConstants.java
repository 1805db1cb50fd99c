package io.github.camellambdacloud.component;

import org.apache.camel.spi.Metadata;

/** Message headers of the {@code lambdacloud} component. A header overrides the endpoint option of the same name. */
public final class LambdaCloudConstants {

    // Producer inputs

    @Metadata(label = "producer", description = "The operation to perform; overrides the endpoint's operation option.",
            javaType = "io.github.camellambdacloud.component.LambdaCloudOperation")
    public static final String OPERATION = "CamelLambdaCloudOperation";

    @Metadata(description = "The id of the instance: the input of instances get and rename, and on consumer events"
            + " the instance the event is about.", javaType = "String")
    public static final String INSTANCE_ID = "CamelLambdaCloudInstanceId";

    @Metadata(label = "producer", description = "The ids of the instances to restart or terminate, as a List of"
            + " String or a comma-separated String.", javaType = "java.util.List<String>")
    public static final String INSTANCE_IDS = "CamelLambdaCloudInstanceIds";

    @Metadata(description = "The instance's display name: the new name for instances rename, the name for launch,"
            + " and on consumer events the instance's current name (null when it has none).", javaType = "String")
    public static final String INSTANCE_NAME = "CamelLambdaCloudInstanceName";

    @Metadata(description = "The region name, such as us-east-1: where to launch or create a file system or"
            + " ruleset, and on consumer events the instance's region.", javaType = "String")
    public static final String REGION_NAME = "CamelLambdaCloudRegionName";

    @Metadata(description = "The instance type name, such as gpu_1x_a10: what to launch, and on consumer events the"
            + " instance's type.", javaType = "String")
    public static final String INSTANCE_TYPE_NAME = "CamelLambdaCloudInstanceTypeName";

    @Metadata(label = "producer", description = "The name of the one SSH key to install at launch, or the name of"
            + " the key to add.", javaType = "String")
    public static final String SSH_KEY_NAME = "CamelLambdaCloudSshKeyName";

    @Metadata(label = "producer", description = "The id of the SSH key to delete.", javaType = "String")
    public static final String SSH_KEY_ID = "CamelLambdaCloudSshKeyId";

    @Metadata(label = "producer", description = "The public key to add, in OpenSSH format. Without it, ssh-keys add"
            + " generates a key pair and returns the private key once.", javaType = "String")
    public static final String PUBLIC_KEY = "CamelLambdaCloudPublicKey";

    @Metadata(label = "producer", description = "The host name to set at launch.", javaType = "String")
    public static final String HOSTNAME = "CamelLambdaCloudHostname";

    @Metadata(label = "producer", description = "The id of the image to launch from; exclusive with the image"
            + " family.", javaType = "String")
    public static final String IMAGE_ID = "CamelLambdaCloudImageId";

    @Metadata(label = "producer", description = "The image family to launch from, such as lambda-stack-24-04;"
            + " exclusive with the image id.", javaType = "String")
    public static final String IMAGE_FAMILY = "CamelLambdaCloudImageFamily";

    @Metadata(label = "producer", description = "The cloud-init user data for launch, plain text of at most 1 MiB.",
            javaType = "String")
    public static final String USER_DATA = "CamelLambdaCloudUserData";

    @Metadata(label = "producer", description = "Tags to set at launch, as a Map of key to value.",
            javaType = "java.util.Map<String, String>")
    public static final String TAGS = "CamelLambdaCloudTags";

    @Metadata(label = "producer", description = "The names of the file systems to attach at launch, as a List of"
            + " String or a comma-separated String.", javaType = "java.util.List<String>")
    public static final String FILE_SYSTEM_NAMES = "CamelLambdaCloudFileSystemNames";

    @Metadata(label = "producer", description = "The name of the file system to create.", javaType = "String")
    public static final String FILE_SYSTEM_NAME = "CamelLambdaCloudFileSystemName";

    @Metadata(label = "producer", description = "The id of the file system to delete.", javaType = "String")
    public static final String FILE_SYSTEM_ID = "CamelLambdaCloudFileSystemId";

    @Metadata(label = "producer", description = "The ids of the firewall rulesets to attach at launch, as a List of"
            + " String or a comma-separated String.", javaType = "java.util.List<String>")
    public static final String FIREWALL_RULESET_IDS = "CamelLambdaCloudFirewallRulesetIds";

    @Metadata(label = "producer", description = "The id of the firewall ruleset to get, update or delete.",
            javaType = "String")
    public static final String FIREWALL_RULESET_ID = "CamelLambdaCloudFirewallRulesetId";

    @Metadata(label = "producer", description = "The name of the firewall ruleset to create, or its new name on"
            + " update.", javaType = "String")
    public static final String FIREWALL_RULESET_NAME = "CamelLambdaCloudFirewallRulesetName";

    @Metadata(label = "producer", description = "The firewall rules to set, as a List of FirewallRule; the body may"
            + " carry them instead.", javaType = "java.util.List<io.github.camellambdacloud.client.FirewallRule>")
    public static final String FIREWALL_RULES = "CamelLambdaCloudFirewallRules";

    @Metadata(label = "producer", description = "Only list the instances of this cluster.", javaType = "String")
    public static final String CLUSTER_ID = "CamelLambdaCloudClusterId";

    @Metadata(label = "producer", description = "The number of instances to launch. The API launches one per"
            + " request, so only 1 is accepted; any other value is rejected before a request is sent.",
            javaType = "Integer")
    public static final String QUANTITY = "CamelLambdaCloudQuantity";

    @Metadata(label = "producer", description = "The value of the lambdacloud-launch-id tag that traces an instance"
            + " to its launch, at most 128 characters; the default is the exchange id. On output, the value used.",
            javaType = "String")
    public static final String LAUNCH_ID = "CamelLambdaCloudLaunchId";

    @Metadata(label = "producer", description = "Output of launch: true when the launch response was lost and the"
            + " instance was found by listing instances for its launch-id tag.", javaType = "Boolean")
    public static final String LAUNCH_RECONCILED = "CamelLambdaCloudLaunchReconciled";

    @Metadata(label = "producer", description = "Whether launch only returns a LaunchPreview without launching;"
            + " overrides the dryRun option.", javaType = "Boolean")
    public static final String DRY_RUN = "CamelLambdaCloudDryRun";

    @Metadata(label = "producer", description = "The earliest audit event time, inclusive, as an ISO-8601 String or"
            + " an OffsetDateTime.", javaType = "java.time.OffsetDateTime")
    public static final String AUDIT_START = "CamelLambdaCloudAuditStart";

    @Metadata(label = "producer", description = "The latest audit event time, inclusive, as an ISO-8601 String or an"
            + " OffsetDateTime.", javaType = "java.time.OffsetDateTime")
    public static final String AUDIT_END = "CamelLambdaCloudAuditEnd";

    @Metadata(label = "producer", description = "Only list audit events of this resource type, such as"
            + " cloud.api_key.", javaType = "String")
    public static final String AUDIT_RESOURCE_TYPE = "CamelLambdaCloudAuditResourceType";

    @Metadata(label = "producer", description = "The page token to start reading audit events from; on output, the"
            + " token of the next page, or null after the last page.", javaType = "String")
    public static final String PAGE_TOKEN = "CamelLambdaCloudPageToken";

    // Consumer events

    @Metadata(label = "consumer", description = "What the poll observed: INSTANCE_APPEARED, STATUS_CHANGED or"
            + " INSTANCE_DISAPPEARED.", javaType = "io.github.camellambdacloud.component.InstanceEventType")
    public static final String EVENT_TYPE = "CamelLambdaCloudEventType";

    @Metadata(label = "consumer", description = "The instance's status before the change; null for"
            + " INSTANCE_APPEARED.", javaType = "String")
    public static final String PREVIOUS_STATUS = "CamelLambdaCloudPreviousStatus";

    @Metadata(label = "consumer", description = "The instance's status after the change; for INSTANCE_DISAPPEARED the"
            + " last status seen.", javaType = "String")
    public static final String STATUS = "CamelLambdaCloudStatus";

    @Metadata(label = "consumer", description = "When the poll that observed the change completed.",
            javaType = "java.time.Instant")
    public static final String OBSERVED_AT = "CamelLambdaCloudObservedAt";

    private LambdaCloudConstants() {}
}

package io.github.camellambdacloud.client;

/**
 * Error codes the Lambda Cloud API documents. The set grows over time, so compare codes as strings and treat unknown
 * codes by their HTTP status.
 */
public final class LambdaCloudErrorCodes {

    public static final String INVALID_API_KEY = "global/invalid-api-key";
    public static final String ACCOUNT_INACTIVE = "global/account-inactive";
    public static final String INVALID_ADDRESS = "global/invalid-address";
    public static final String FORBIDDEN = "global/forbidden";
    public static final String INVALID_PARAMETERS = "global/invalid-parameters";
    public static final String OBJECT_DOES_NOT_EXIST = "global/object-does-not-exist";
    public static final String NOT_FOUND = "global/not-found";
    public static final String QUOTA_EXCEEDED = "global/quota-exceeded";
    public static final String DUPLICATE = "global/duplicate";
    public static final String CONFLICT = "global/conflict";
    public static final String INTERNAL_ERROR = "global/internal-error";
    public static final String UNKNOWN = "global/unknown";
    public static final String INSUFFICIENT_CAPACITY = "instance-operations/launch/insufficient-capacity";
    public static final String FILE_SYSTEM_IN_WRONG_REGION = "instance-operations/launch/file-system-in-wrong-region";
    public static final String FILE_SYSTEM_IN_USE = "filesystems/filesystem-in-use";
    public static final String FIREWALL_RULESET_IN_USE = "firewall-rulesets/firewall-ruleset-in-use";
    public static final String SSH_KEY_IN_USE = "ssh-keys/key-in-use";
    /** The prefix of codes for upstream provider failures, such as {@code provider/internal-unavailable}. */
    public static final String PROVIDER_PREFIX = "provider/";

    private LambdaCloudErrorCodes() {}
}

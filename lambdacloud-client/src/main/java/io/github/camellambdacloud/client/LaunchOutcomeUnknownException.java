package io.github.camellambdacloud.client;

/**
 * A launch failed in a way that may have created an instance, and listing instances did not find one carrying its
 * launch-id tag. The launch was not sent again, because a second launch could create a second billed instance.
 * Look for the tag {@link #tagKey()}={@link #launchId()} in {@code GET /instances} before launching again: the
 * instance may still appear.
 */
public final class LaunchOutcomeUnknownException extends LambdaCloudException {

    private static final long serialVersionUID = 1L;

    private final String launchId;
    private final String regionName;

    /** Creates the exception; {@code cause} is null when an earlier attempt, not this one, failed ambiguously. */
    LaunchOutcomeUnknownException(String message, String launchId, String regionName, LambdaCloudException cause) {
        super(message, "POST", "/instance-operations/launch", cause);
        this.launchId = launchId;
        this.regionName = regionName;
    }

    /** Returns the key of the tag to look for, {@value LaunchTags#LAUNCH_ID_KEY}. */
    public String tagKey() {
        return LaunchTags.LAUNCH_ID_KEY;
    }

    /** Returns the tag value the launch carried. */
    public String launchId() {
        return launchId;
    }

    /** Returns the region the ambiguous launch was sent to. */
    public String regionName() {
        return regionName;
    }

    /** Returns false: resending may launch a second instance, so this must be resolved by looking, not retrying. */
    @Override
    public boolean isRetryable() {
        return false;
    }
}

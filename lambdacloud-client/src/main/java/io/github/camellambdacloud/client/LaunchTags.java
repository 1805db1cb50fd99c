package io.github.camellambdacloud.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The tag that traces an instance back to the launch that created it. The launch API has no idempotency key, so
 * after an ambiguous failure the only way to learn whether a launch took effect is to look for this tag.
 */
public final class LaunchTags {

    /** The tag key every launch through {@link InstanceLauncher} carries; it matches the API's tag-key pattern. */
    public static final String LAUNCH_ID_KEY = "lambdacloud-launch-id";

    private LaunchTags() {}

    /**
     * Returns a launch id derived from {@code seed}, such as a Camel exchange id: the seed itself when it fits the
     * API's 128-character limit for tag values, else its SHA-256 in hex.
     */
    public static String launchIdFrom(String seed) {
        RequestValidation.requireNotBlank("launch id seed", seed);
        if (seed.length() <= RequestValidation.MAX_TAG_VALUE_LENGTH) {
            return seed;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Returns the request with the launch-id tag set to {@code launchId}, replacing a different value. */
    static LaunchRequest withLaunchId(LaunchRequest request, String launchId) {
        RequestValidation.requireNotBlank("launch id", launchId);
        RequestValidation.requireMaxLength("launch id", launchId, RequestValidation.MAX_TAG_VALUE_LENGTH);
        if (launchId.equals(launchIdOf(request))) {
            return request;
        }
        List<Tag> tags = new ArrayList<>();
        request.tags().stream().filter(tag -> !LAUNCH_ID_KEY.equals(tag.key())).forEach(tags::add);
        tags.add(new Tag(LAUNCH_ID_KEY, launchId));
        return new LaunchRequest(request.regionName(), request.instanceTypeName(), request.sshKeyNames(),
                request.fileSystemNames(), request.fileSystemMounts(), request.hostname(), request.name(),
                request.image(), request.userData(), tags, request.firewallRulesets());
    }

    /** Returns the value of the request's launch-id tag, or null when it has none. */
    public static String launchIdOf(LaunchRequest request) {
        return request.tags().stream()
                .filter(tag -> LAUNCH_ID_KEY.equals(tag.key()))
                .map(Tag::value)
                .findFirst()
                .orElse(null);
    }
}

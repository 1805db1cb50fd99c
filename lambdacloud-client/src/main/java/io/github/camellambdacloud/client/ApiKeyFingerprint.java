package io.github.camellambdacloud.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Tells API keys apart without keeping them: shared limiters and clients are keyed by this, never by the key. */
public final class ApiKeyFingerprint {

    private ApiKeyFingerprint() {}

    /** Returns the SHA-256 of the key as 64 lowercase hex characters. */
    public static String of(String apiKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

package io.github.camellambdacloud.client;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Checks request values against the limits the API documents, so a bad value fails before a rate-limited request is
 * spent. Every message names the field, shows the value and says what to do.
 */
final class RequestValidation {

    static final Pattern HOSTNAME = Pattern.compile("^[a-z0-9][0-9a-z-]{0,62}$");
    static final Pattern TAG_KEY = Pattern.compile("^[a-z][a-z0-9-:]+$");
    static final Pattern FILE_SYSTEM_NAME = Pattern.compile("^[a-zA-Z]+[0-9a-zA-Z-]*$");
    static final Pattern MOUNT_POINT = Pattern.compile("^(/home|/lambda/nfs|/data)[/a-zA-Z0-9-]*$");

    static final int MAX_NAME_LENGTH = 64;
    static final int MAX_FILE_SYSTEM_NAME_LENGTH = 60;
    static final int MAX_TAG_KEY_LENGTH = 55;
    static final int MAX_TAG_VALUE_LENGTH = 128;
    static final int MAX_MOUNT_POINT_LENGTH = 256;
    static final int MAX_USER_DATA_BYTES = 1024 * 1024;

    // Characters that would change the request path or URL if an id were put into it unescaped.
    private static final Pattern UNSAFE_PATH_SEGMENT = Pattern.compile("[/\\\\?#%\\s]|^\\.{1,2}$");

    private RequestValidation() {}

    static String requireNotBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing " + field + ": it is required and was "
                    + (value == null ? "not set" : "blank ('" + value + "')") + ". Set a non-blank " + field + ".");
        }
        return value;
    }

    static void requireMaxLength(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new IllegalArgumentException("Invalid " + field + " '" + abbreviate(value) + "': it has "
                    + value.length() + " characters and the API accepts at most " + maxLength + ". Shorten it.");
        }
    }

    static void requirePattern(String field, String value, Pattern pattern, int maxLength, String fix) {
        requireNotBlank(field, value);
        if (value.length() > maxLength) {
            throw new IllegalArgumentException("Invalid " + field + " '" + abbreviate(value) + "': it has "
                    + value.length() + " characters and the API accepts at most " + maxLength + ". " + fix);
        }
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid " + field + " '" + abbreviate(value) + "': it must match "
                    + pattern.pattern() + ". " + fix);
        }
    }

    /**
     * Rejects ids that are blank or could alter the request path ({@code /}, {@code ..}, {@code %2F}, {@code ?},
     * {@code #}). The API's ids are 32 hex characters, but other formats are left to the API to judge.
     */
    static String requireSafePathSegment(String field, String value) {
        requireNotBlank(field, value);
        if (UNSAFE_PATH_SEGMENT.matcher(value).find()) {
            throw new IllegalArgumentException("Invalid " + field + " '" + abbreviate(value)
                    + "': an id must not contain '/', '\\', '?', '#', '%', white space, or be '.' or '..'."
                    + " Pass the id exactly as the API returned it, such as 0920582c7ff041399e34823a0be62549.");
        }
        return value;
    }

    static void requireUserDataSize(String userData) {
        if (userData != null) {
            int bytes = userData.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_USER_DATA_BYTES) {
                throw new IllegalArgumentException("Invalid user data: it has " + bytes
                        + " bytes in UTF-8 and the API accepts at most " + MAX_USER_DATA_BYTES
                        + ". Move large files to a file system or download them from the cloud-init script.");
            }
        }
    }

    static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }
}

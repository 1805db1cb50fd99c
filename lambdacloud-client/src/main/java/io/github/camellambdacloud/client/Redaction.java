package io.github.camellambdacloud.client;

import java.util.regex.Pattern;

/** Removes secrets from JSON text before it is logged. */
final class Redaction {

    // Fields that grant access to a machine (private keys, Jupyter tokens and URLs) or may embed credentials.
    private static final Pattern SECRET_FIELDS = Pattern.compile(
            "\"(private_key|jupyter_token|jupyter_url|user_data)\"\\s*:\\s*\"(?:[^\"\\\\]|\\\\.)*\"");

    private Redaction() {}

    static String redactJson(String json) {
        return SECRET_FIELDS.matcher(json).replaceAll("\"$1\":\"[redacted]\"");
    }
}

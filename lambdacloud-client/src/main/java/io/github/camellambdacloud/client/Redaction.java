package io.github.camellambdacloud.client;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes secrets from JSON text before it is logged. */
final class Redaction {

    // Fields that grant access to a machine (private keys, Jupyter tokens and URLs) or may embed credentials. Only
    // the name and the opening quote are matched: a regex loop over the value recurses once per character in
    // java.util.regex and overflows the stack on a value of a few kilobytes, such as a private key.
    private static final Pattern SECRET_FIELD_START =
            Pattern.compile("\"(private_key|jupyter_token|jupyter_url|user_data)\"\\s*:\\s*\"");

    private Redaction() {}

    static String redactJson(String json) {
        Matcher matcher = SECRET_FIELD_START.matcher(json);
        StringBuilder redacted = new StringBuilder(json.length());
        int copiedUpTo = 0;
        while (matcher.find(copiedUpTo)) {
            redacted.append(json, copiedUpTo, matcher.start())
                    .append('"').append(matcher.group(1)).append("\":\"[redacted]\"");
            copiedUpTo = endOfString(json, matcher.end());
        }
        return redacted.append(json, copiedUpTo, json.length()).toString();
    }

    /** Returns the index after the closing quote of the JSON string whose content starts at {@code from}. */
    private static int endOfString(String json, int from) {
        for (int i = from; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i + 1;
            }
        }
        // An unterminated value is redacted to the end, so no part of it is logged.
        return json.length();
    }
}

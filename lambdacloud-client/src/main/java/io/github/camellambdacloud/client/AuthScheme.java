package io.github.camellambdacloud.client;

/** How the API key is sent in the {@code Authorization} header. */
public enum AuthScheme {
    /** {@code Authorization: Bearer <key>}, which Lambda recommends. */
    BEARER,
    /** {@code Authorization: Basic base64(<key>:)}: the key as the user name with an empty password. */
    BASIC
}

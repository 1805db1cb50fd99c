package io.github.camellambdacloud.client;

/**
 * A key/value tag on an instance. Launch requests check keys against the API's pattern
 * {@code ^[a-z][a-z0-9-:]+$} (at most 55 characters) and values against its 128-character limit.
 *
 * @param key the key
 * @param value the value
 */
public record Tag(String key, String value) {}

package io.github.camellambdacloud.client;

import java.time.Duration;

/**
 * The settings a client was built with, without the API key.
 *
 * @param baseUrl the API's base URL, without a trailing slash
 * @param authScheme how the key is sent
 * @param connectTimeout the limit for establishing a connection
 * @param responseTimeout the limit for waiting on response data once a request was sent
 * @param maxConnections the size of the connection pool
 */
public record LambdaCloudClientSettings(
        String baseUrl, AuthScheme authScheme, Duration connectTimeout, Duration responseTimeout, int maxConnections) {}

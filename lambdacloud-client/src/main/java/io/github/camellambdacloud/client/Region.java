package io.github.camellambdacloud.client;

/**
 * A Lambda Cloud region, such as {@code us-east-1}. Regions are an open set: new names parse as they appear.
 *
 * @param name the region code used in requests
 * @param description a human-readable location, such as "Virginia, USA"; may be null
 */
public record Region(String name, String description) {}

package io.github.camellambdacloud.client;

/**
 * What {@link InstanceLauncher#preview} found a launch would do, without launching.
 *
 * @param regionName the region the launch would go to first: the first candidate the catalog lists with capacity
 * @param instanceTypeName the instance type
 * @param priceCentsPerHour the type's on-demand price in US cents per hour, from {@code GET /instance-types}
 * @param request the request that would be sent, launch-id tag included
 */
public record LaunchPreview(String regionName, String instanceTypeName, int priceCentsPerHour, LaunchRequest request) {}

package io.github.camellambdacloud.examples;

/**
 * Where a job will run: an instance type and a region that reported capacity for it.
 *
 * @param instanceTypeName the instance type
 * @param regionName the region
 * @param priceCentsPerHour the price in US cents per hour
 */
public record Placement(String instanceTypeName, String regionName, int priceCentsPerHour) {}

package io.github.camellambdacloud.client;

/**
 * Where a file system is mounted on an instance. Launch requests check the mount point against the API's pattern:
 * an absolute path under {@code /home}, {@code /lambda/nfs} or {@code /data}.
 *
 * @param mountPoint the absolute mount path
 * @param fileSystemId the file system's id
 */
public record FileSystemMount(String mountPoint, String fileSystemId) {}

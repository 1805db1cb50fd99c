package io.github.camellambdacloud.client;

import java.time.OffsetDateTime;

/**
 * A persistent file system. It lives in one region and attaches only to instances launched there.
 *
 * @param id the file system id
 * @param name the name, unique per account
 * @param mountPoint the default mount point, such as {@code /lambda/nfs/datasets}
 * @param created when it was created
 * @param createdBy who created it; may be null
 * @param isInUse true while a running instance mounts it; it cannot be deleted then
 * @param region the region
 * @param bytesUsed an estimate the API refreshes every few hours; may be null
 */
public record FileSystem(
        String id,
        String name,
        String mountPoint,
        OffsetDateTime created,
        FileSystemCreator createdBy,
        boolean isInUse,
        Region region,
        Long bytesUsed) {}

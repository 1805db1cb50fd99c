package io.github.camellambdacloud.client;

import java.time.OffsetDateTime;

/**
 * A machine image. {@code GET /images} lists one entry per region, so the same id can appear several times.
 *
 * @param id a hyphenated UUID
 * @param createdTime when the image was created
 * @param updatedTime when it was last updated
 * @param name a display name
 * @param description a description
 * @param family the family, such as {@code lambda-stack-24-04}; launching by family is portable across regions
 * @param version the image version
 * @param architecture {@code x86_64} or {@code arm64}
 * @param region the region this entry is available in
 */
public record Image(
        String id,
        OffsetDateTime createdTime,
        OffsetDateTime updatedTime,
        String name,
        String description,
        String family,
        String version,
        String architecture,
        Region region) {}

package io.github.camellambdacloud.examples;

import java.util.List;

/**
 * A job, as JSON in a job file or in the body of the Spring Boot example's {@code POST /jobs}.
 *
 * @param jobId an id for the job, used as the instance's name and its {@code job-id} tag
 * @param instanceTypes acceptable instance types, most preferred first
 * @param regions acceptable regions; empty for any region
 * @param command the command the job runs on the machine
 */
public record JobRequest(String jobId, List<String> instanceTypes, List<String> regions, String command) {

    public JobRequest {
        if (jobId == null || !jobId.matches("[a-z0-9][a-z0-9-]{0,40}")) {
            throw new IllegalArgumentException("Invalid jobId '" + jobId
                    + "': use 1 to 41 lowercase letters, digits or '-', so it can name the instance.");
        }
        if (instanceTypes == null || instanceTypes.isEmpty()) {
            throw new IllegalArgumentException("Missing instanceTypes in job " + jobId
                    + ": list at least one instance type, such as gpu_1x_a10.");
        }
        instanceTypes = List.copyOf(instanceTypes);
        regions = regions == null ? List.of() : List.copyOf(regions);
    }
}

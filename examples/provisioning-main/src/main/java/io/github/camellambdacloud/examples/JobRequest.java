package io.github.camellambdacloud.examples;

import java.util.List;

/**
 * A job, as JSON in a job file or in the body of the Spring Boot example's {@code POST /jobs}. The constructor
 * validates every field and raises {@link IllegalArgumentException} with the job id, the field and the fix.
 *
 * @param jobId an id for the job, used as the instance's name and its {@code job-id} tag
 * @param instanceTypes acceptable instance types, most preferred first
 * @param regions acceptable regions; empty or absent for any region
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
        if (instanceTypes.stream().anyMatch(JobRequest::isBlank)) {
            throw new IllegalArgumentException("Invalid instanceTypes " + instanceTypes + " in job " + jobId
                    + ": every entry must be an instance type name, such as gpu_1x_a10.");
        }
        if (regions != null && regions.stream().anyMatch(JobRequest::isBlank)) {
            throw new IllegalArgumentException("Invalid regions " + regions + " in job " + jobId
                    + ": every entry must be a region name, such as us-east-1, or leave regions out for any region.");
        }
        if (isBlank(command)) {
            throw new IllegalArgumentException("Missing command in job " + jobId
                    + ": set command to what the job runs on the machine, such as \"nvidia-smi\".");
        }
        instanceTypes = List.copyOf(instanceTypes);
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

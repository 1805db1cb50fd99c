package io.github.camellambdacloud.examples;

import io.github.camellambdacloud.client.InstanceTypeAvailability;
import io.github.camellambdacloud.client.LaunchRequest;
import io.github.camellambdacloud.client.Region;
import java.util.Map;
import java.util.Optional;

/** Chooses where a job runs and builds its launch request. */
public final class JobPlanner {

    /** The tag that links an instance to its job, so the status consumer can find the job again. */
    public static final String JOB_TAG = "job-id";

    private final String sshKeyName;

    public JobPlanner(String sshKeyName) {
        this.sshKeyName = sshKeyName;
    }

    /**
     * Returns the first instance type in the job's order of preference that has capacity in one of the job's
     * regions, or throws when none has.
     */
    public Placement place(Map<String, InstanceTypeAvailability> catalog, JobRequest job) {
        for (String typeName : job.instanceTypes()) {
            InstanceTypeAvailability availability = catalog.get(typeName);
            if (availability == null) {
                continue;
            }
            Optional<Region> region = availability.regionsWithCapacityAvailable().stream()
                    .filter(candidate -> job.regions().isEmpty() || job.regions().contains(candidate.name()))
                    .findFirst();
            if (region.isPresent()) {
                return new Placement(typeName, region.get().name(), availability.instanceType().priceCentsPerHour());
            }
        }
        throw new IllegalStateException("No capacity for job " + job.jobId() + ": none of " + job.instanceTypes()
                + " has capacity in " + (job.regions().isEmpty() ? "any region" : job.regions())
                + ". Drop the job file into the inbox again later.");
    }

    /** Builds the launch request: named and tagged after the job, so the instance can always be traced to it. */
    public LaunchRequest launchRequest(Placement placement, JobRequest job) {
        return LaunchRequest.builder(placement.regionName(), placement.instanceTypeName(), sshKeyName)
                .name(job.jobId())
                .tag(JOB_TAG, job.jobId())
                .build();
    }
}

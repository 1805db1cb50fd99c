package io.github.camellambdacloud.examples;

import io.github.camellambdacloud.client.Instance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers each job's command while its instance boots, tracks the instances this run launched until they are seen
 * gone, records the steps of every job in order, and signals when the expected number of jobs has finished.
 */
public final class JobTracker {

    private final Map<String, String> commandsByJob = new ConcurrentHashMap<>();
    private final List<String> steps = new ArrayList<>();
    // Instances launched by this run that are neither terminated by the flow nor seen gone, by job id.
    private final Map<String, Set<String>> runningInstancesByJob = new LinkedHashMap<>();
    // Instances whose terminate request the API accepted but that are not seen gone yet, by job id.
    private final Map<String, Set<String>> terminatingInstancesByJob = new LinkedHashMap<>();
    private final int expectedJobs;
    private final Runnable onAllJobsDone;
    private int completedJobs;

    public JobTracker(int expectedJobs, Runnable onAllJobsDone) {
        this.expectedJobs = expectedJobs;
        this.onAllJobsDone = onAllJobsDone;
    }

    /** Records a step of a job, such as {@code active}. */
    public synchronized void step(String jobId, String step) {
        steps.add(jobId + ":" + step);
    }

    /** Stores the command to run once the job's instance is active. */
    public void accepted(JobRequest job) {
        commandsByJob.put(job.jobId(), job.command());
        step(job.jobId(), "received");
    }

    /** Records that the job's instance was launched, so it is terminated at stop unless it is seen gone first. */
    public synchronized void launched(String jobId, String instanceId) {
        runningInstancesByJob.computeIfAbsent(jobId, key -> new LinkedHashSet<>()).add(instanceId);
        steps.add(jobId + ":launched");
    }

    /** Records that the API accepted the flow's terminate request for the job's instance after its work. */
    public synchronized void terminated(String jobId, String instanceId) {
        markTerminating(jobId, instanceId);
        steps.add(jobId + ":terminated");
    }

    /** Records that the API accepted the terminate request sent for the job's instance because the example stops. */
    public synchronized void terminatedAtStop(String jobId, String instanceId) {
        markTerminating(jobId, instanceId);
        steps.add(jobId + ":terminated-at-stop");
    }

    /** Returns the SSH command that runs the job on its instance. */
    public String sshCommand(Instance instance) {
        String command = commandsByJob.getOrDefault(instance.tagValue(JobPlanner.JOB_TAG), "nvidia-smi");
        return "ssh ubuntu@" + instance.ip() + " '" + command + "'";
    }

    /** Records that a job's instance is gone, and signals when the expected number of jobs is done. */
    public void completed(String jobId, String instanceId) {
        boolean allDone;
        synchronized (this) {
            remove(runningInstancesByJob, jobId, instanceId);
            remove(terminatingInstancesByJob, jobId, instanceId);
            steps.add(jobId + ":gone");
            completedJobs++;
            allDone = completedJobs == expectedJobs;
        }
        if (allDone) {
            onAllJobsDone.run();
        }
    }

    /**
     * Returns the instances this run launched that are neither terminated by the flow nor seen gone, as job id to
     * instance ids, in launch order.
     */
    public synchronized Map<String, List<String>> runningInstances() {
        return copy(runningInstancesByJob);
    }

    /** Returns the instances whose terminate request the API accepted but that are not seen gone yet. */
    public synchronized Map<String, List<String>> terminatingInstances() {
        return copy(terminatingInstancesByJob);
    }

    /** Returns true while an instance launched by this run is not seen gone, including one that is terminating. */
    public synchronized boolean hasUnfinishedJobs() {
        return !runningInstancesByJob.isEmpty() || !terminatingInstancesByJob.isEmpty();
    }

    /** Returns the steps recorded so far, each as {@code jobId:step}, in the order they happened. */
    public synchronized List<String> steps() {
        return List.copyOf(steps);
    }

    private void markTerminating(String jobId, String instanceId) {
        remove(runningInstancesByJob, jobId, instanceId);
        terminatingInstancesByJob.computeIfAbsent(jobId, key -> new LinkedHashSet<>()).add(instanceId);
    }

    private static void remove(Map<String, Set<String>> instancesByJob, String jobId, String instanceId) {
        Set<String> instanceIds = instancesByJob.get(jobId);
        if (instanceIds == null) {
            return;
        }
        instanceIds.remove(instanceId);
        if (instanceIds.isEmpty()) {
            instancesByJob.remove(jobId);
        }
    }

    private static Map<String, List<String>> copy(Map<String, Set<String>> instancesByJob) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        instancesByJob.forEach((jobId, instanceIds) -> copy.put(jobId, List.copyOf(instanceIds)));
        return copy;
    }
}

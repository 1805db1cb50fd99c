package io.github.camellambdacloud.examples;

import io.github.camellambdacloud.client.Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers each job's command while its instance boots, records the steps of every job in order, and signals when
 * the expected number of jobs has finished.
 */
public final class JobTracker {

    private final Map<String, String> commandsByJob = new ConcurrentHashMap<>();
    private final List<String> steps = new ArrayList<>();
    private final int expectedJobs;
    private final Runnable onAllJobsDone;
    private int completedJobs;

    public JobTracker(int expectedJobs, Runnable onAllJobsDone) {
        this.expectedJobs = expectedJobs;
        this.onAllJobsDone = onAllJobsDone;
    }

    /** Records a step of a job, such as {@code launched}. */
    public synchronized void step(String jobId, String step) {
        steps.add(jobId + ":" + step);
    }

    /** Stores the command to run once the job's instance is active. */
    public void accepted(JobRequest job) {
        commandsByJob.put(job.jobId(), job.command());
        step(job.jobId(), "received");
    }

    /** Returns the SSH command that runs the job on its instance. */
    public String sshCommand(Instance instance) {
        String command = commandsByJob.getOrDefault(instance.tagValue(JobPlanner.JOB_TAG), "nvidia-smi");
        return "ssh ubuntu@" + instance.ip() + " '" + command + "'";
    }

    /** Records that a job's instance is gone, and signals when the expected number of jobs is done. */
    public void completed(String jobId) {
        boolean allDone;
        synchronized (this) {
            steps.add(jobId + ":gone");
            completedJobs++;
            allDone = completedJobs == expectedJobs;
        }
        if (allDone) {
            onAllJobsDone.run();
        }
    }

    /** Returns the steps recorded so far, each as {@code jobId:step}, in the order they happened. */
    public synchronized List<String> steps() {
        return List.copyOf(steps);
    }
}

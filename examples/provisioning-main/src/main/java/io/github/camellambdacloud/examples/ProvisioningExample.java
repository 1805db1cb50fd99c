package io.github.camellambdacloud.examples;

import io.github.camellambdacloud.simulator.LambdaCloudSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the event-driven provisioning flow: a job file arrives, a GPU machine is launched where there is capacity,
 * the status consumer reports it active, the job's work runs, and the machine is terminated and confirmed gone.
 *
 * <p>Without {@code LAMBDACLOUD_API_KEY} it starts the embedded simulator with a clock 20 times faster than real
 * time, so a two-minute boot takes six seconds. With a key it talks to the real API, and only when {@code --real-api}
 * is given, because that launches a billed machine.
 */
public final class ProvisioningExample {

    private static final Logger LOG = LoggerFactory.getLogger(ProvisioningExample.class);

    static final String SAMPLE_JOB = """
            {"jobId": "job-42",
             "instanceTypes": ["gpu_8x_h100_sxm5", "gpu_1x_a100", "gpu_1x_a10"],
             "regions": ["us-east-1", "us-west-1"],
             "command": "python train.py --epochs 3"}
            """;

    private ProvisioningExample() {}

    public static void main(String[] args) throws Exception {
        ExampleOptions options;
        try {
            options = ExampleOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (!options.usesSimulator() && !options.realApiAllowed()) {
            System.err.println("LAMBDACLOUD_API_KEY is set, so this would launch a real, billed GPU machine."
                    + " Add --real-api to do that, or unset the key to use the embedded simulator.");
            System.exit(2);
            return;
        }

        List<String> steps = run(options);
        boolean finished = steps.stream().anyMatch(step -> step.endsWith(":gone"));
        System.exit(finished || options.keepRunning() ? 0 : 1);
    }

    /**
     * Runs the example until the sample job is complete (or, with {@code keepRunning}, until it is stopped or reaches
     * the maximum duration), and returns the steps every job went through. Before it stops, it terminates every
     * instance it launched and has not seen gone.
     */
    public static List<String> run(ExampleOptions options) throws Exception {
        LambdaCloudSimulator simulator = options.usesSimulator() ? startSimulator() : null;
        try {
            return run(options, simulator);
        } finally {
            if (simulator != null) {
                simulator.close();
            }
        }
    }

    /** Runs the example against the given simulator, or against the real API when {@code simulator} is null. */
    static List<String> run(ExampleOptions options, LambdaCloudSimulator simulator) throws Exception {
        Main main = new Main();
        JobTracker tracker = new JobTracker(1, options.keepRunning() ? () -> {} : () -> {
            LOG.info("The sample job is complete; stopping");
            main.completed();
        });
        configure(main, options, tracker, simulator);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeStop(BaseMainSupport stoppingMain) {
                // Runs on every stop of Main, including Ctrl-C, while the Camel context still runs.
                InstanceCleanup.terminateRunningInstances(stoppingMain.getCamelContext(), tracker);
            }
        });
        writeSampleJob(options.jobsDirectory());

        if (options.keepRunning()) {
            LOG.info("Drop job files into {} to provision more machines; stop with Ctrl-C",
                    options.jobsDirectory().resolve("inbox").toAbsolutePath());
        }
        Thread timeout = options.maxDuration() == null ? null : stopAfter(options, main, tracker);
        main.run();
        if (timeout != null) {
            timeout.interrupt();
        }

        LOG.info("Steps: {}", tracker.steps());
        return tracker.steps();
    }

    private static LambdaCloudSimulator startSimulator() {
        LambdaCloudSimulator simulator = LambdaCloudSimulator.builder()
                .timeScale(20)
                .bootTime(Duration.ofMinutes(2))
                .terminateTime(Duration.ofSeconds(30))
                .lingerTime(Duration.ofSeconds(20))
                .build()
                .start();
        simulator.addSshKey("example-key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyForTheSimulator example");
        LOG.info("Started the embedded Lambda Cloud simulator at {}", simulator.baseUrl());
        return simulator;
    }

    private static void configure(Main main, ExampleOptions options, JobTracker tracker, LambdaCloudSimulator simulator) {
        main.bind("jobPlanner", new JobPlanner(options.sshKeyName()));
        main.bind("jobTracker", tracker);

        main.addInitialProperty("example.jobs-dir", options.jobsDirectory().toAbsolutePath().toString());
        main.addInitialProperty("example.poll-delay", simulator != null ? "1000" : "10000");
        // The key goes through a placeholder, so Camel treats it as a secret and never prints its value.
        main.addInitialProperty("lambdacloud.api-key", simulator != null ? simulator.apiKey() : options.apiKey());
        main.addInitialProperty("camel.component.lambdacloud.api-key", "{{lambdacloud.api-key}}");
        if (simulator != null) {
            main.addInitialProperty("camel.component.lambdacloud.base-url", simulator.baseUrl());
        }

        if (options.dsl().equals("yaml")) {
            main.configure().withRoutesIncludePattern("classpath:routes/provisioning.camel.yaml");
        } else {
            main.configure().addRoutesBuilder(new JobFileRoutes());
            main.configure().addRoutesBuilder(new ProvisioningRoutes());
        }
    }

    /**
     * Stops the example after the maximum duration, so a job that never completes cannot keep it running. The stop
     * terminates the instances that are still running.
     */
    private static Thread stopAfter(ExampleOptions options, Main main, JobTracker tracker) {
        Duration maxDuration = options.maxDuration();
        Thread timeout = new Thread(() -> {
            try {
                Thread.sleep(maxDuration.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            // Without keepRunning the example stops as soon as the sample job is complete, so reaching the limit
            // means the sample job is unfinished even when its instance was never launched.
            if (!options.keepRunning() || tracker.hasUnfinishedJobs()) {
                LOG.warn("The time limit of {} s is reached while a job is unfinished; stopping and terminating the"
                        + " instances it launched", maxDuration.toSeconds());
            } else {
                LOG.info("The time limit of {} s is reached; stopping", maxDuration.toSeconds());
            }
            main.completed();
        }, "example-timeout");
        timeout.setDaemon(true);
        timeout.start();
        return timeout;
    }

    private static void writeSampleJob(Path jobsDirectory) throws IOException {
        Path inbox = Files.createDirectories(jobsDirectory.resolve("inbox"));

        // Write elsewhere, then move, so the file consumer never reads a half-written job.
        Path staging = Files.createTempFile(jobsDirectory, "job-42", ".tmp");
        Files.writeString(staging, SAMPLE_JOB);
        Files.move(staging, inbox.resolve("job-42.json"), StandardCopyOption.ATOMIC_MOVE);
    }
}

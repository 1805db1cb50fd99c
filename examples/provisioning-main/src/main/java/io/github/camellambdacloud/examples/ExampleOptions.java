package io.github.camellambdacloud.examples;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Settings of the provisioning example, from command-line arguments and the environment.
 *
 * @param dsl {@code java} or {@code yaml}: which definition of the flow to run
 * @param jobsDirectory where the inbox, done and failed folders live
 * @param apiKey the real API key from {@code LAMBDACLOUD_API_KEY}; null to run against the embedded simulator
 * @param realApiAllowed true when {@code --real-api} was given, which running against the real API requires
 * @param sshKeyName the SSH key to install on launched machines
 * @param keepRunning true to keep waiting for more jobs after the sample job is done
 * @param maxDuration how long the example may run before it terminates the instances it launched and stops; null
 *     for no limit, the default with {@code keepRunning}
 */
public record ExampleOptions(
        String dsl,
        Path jobsDirectory,
        String apiKey,
        boolean realApiAllowed,
        String sshKeyName,
        boolean keepRunning,
        Duration maxDuration) {

    /** The time limit without {@code --keep-running} and without {@code --max-seconds}. */
    static final Duration DEFAULT_MAX_DURATION = Duration.ofSeconds(180);

    static final String USAGE = """
            Usage: ProvisioningExample [--dsl=java|yaml] [--jobs-dir=DIR] [--keep-running] [--max-seconds=N]
                                       [--real-api]
              --keep-running   keep watching the inbox for job files after the sample job; no time limit unless
                               --max-seconds is given
              --max-seconds=N  stop after N seconds, terminating the instances this run launched that are not
                               gone yet (default 180; none with --keep-running)
            Without LAMBDACLOUD_API_KEY the example runs against the embedded Lambda Cloud simulator.
            With it, add --real-api to launch real, billed machines; set LAMBDACLOUD_SSH_KEY_NAME to a key of
            your account.""";

    /** Parses {@code --name=value} arguments; unknown arguments raise an error that shows the usage. */
    public static ExampleOptions parse(String[] args, Map<String, String> environment) {
        String dsl = "java";
        Path jobsDirectory = Path.of("target", "lambdacloud-example-jobs");
        boolean realApi = false;
        boolean keepRunning = false;
        Duration maxDuration = null;

        for (String arg : args) {
            if (arg.startsWith("--dsl=")) {
                dsl = arg.substring("--dsl=".length());
            } else if (arg.startsWith("--jobs-dir=")) {
                jobsDirectory = Path.of(arg.substring("--jobs-dir=".length()));
            } else if (arg.startsWith("--max-seconds=")) {
                maxDuration = parseSeconds(arg.substring("--max-seconds=".length()));
            } else if (arg.equals("--real-api")) {
                realApi = true;
            } else if (arg.equals("--keep-running")) {
                keepRunning = true;
            } else {
                throw new IllegalArgumentException("Unknown argument '" + arg + "'.\n" + USAGE);
            }
        }
        if (!dsl.equals("java") && !dsl.equals("yaml")) {
            throw new IllegalArgumentException("Invalid --dsl=" + dsl + ": use java or yaml.\n" + USAGE);
        }

        if (maxDuration == null && !keepRunning) {
            maxDuration = DEFAULT_MAX_DURATION;
        }

        String apiKey = blankToNull(environment.get("LAMBDACLOUD_API_KEY"));
        String sshKeyName = blankToNull(environment.get("LAMBDACLOUD_SSH_KEY_NAME"));
        if (apiKey != null && sshKeyName == null && realApi) {
            throw new IllegalArgumentException("Missing LAMBDACLOUD_SSH_KEY_NAME: name the SSH key of your Lambda"
                    + " Cloud account to install on the launched machine.");
        }
        return new ExampleOptions(dsl, jobsDirectory, apiKey, realApi, sshKeyName == null ? "example-key" : sshKeyName,
                keepRunning, maxDuration);
    }

    /** Returns true when the example runs against the embedded simulator. */
    public boolean usesSimulator() {
        return apiKey == null;
    }

    @Override
    public String toString() {
        return "ExampleOptions[dsl=" + dsl + ", jobsDirectory=" + jobsDirectory + ", simulator=" + usesSimulator()
                + ", realApiAllowed=" + realApiAllowed + ", sshKeyName=" + sshKeyName + ", keepRunning="
                + keepRunning + ", maxDuration=" + (maxDuration == null ? "none" : maxDuration) + "]";
    }

    private static Duration parseSeconds(String value) {
        try {
            long seconds = Long.parseLong(value);
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // Reported below with the usage.
        }
        throw new IllegalArgumentException("Invalid --max-seconds=" + value + ": use a positive whole number of"
                + " seconds.\n" + USAGE);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

package io.github.camellambdacloud.component;

/**
 * Checks an endpoint's numeric options when it starts, so an invalid value fails with the endpoint option's name
 * instead of the name of the client setting it feeds. The limits are those of the client: {@code RetryPolicy},
 * {@code LambdaCloudClientBuilder}, {@code WaitSettings} and {@code InstanceLauncher}.
 */
final class ConfigurationCheck {

    private ConfigurationCheck() {}

    /** Throws {@link IllegalArgumentException} naming the first invalid option, its value and the valid range. */
    static void check(LambdaCloudConfiguration configuration) {
        String endpoint = "lambdacloud:" + configuration.getResource();
        if (configuration.getRetryMaxAttempts() < 1) {
            throw new IllegalArgumentException("Invalid retryMaxAttempts " + configuration.getRetryMaxAttempts()
                    + " for " + endpoint + ": use 1 for no retries, or more.");
        }
        positive(endpoint, "connectTimeout", configuration.getConnectTimeout());
        positive(endpoint, "responseTimeout", configuration.getResponseTimeout());
        notNegative(endpoint, "requestInterval", configuration.getRequestInterval());
        notNegative(endpoint, "launchInterval", configuration.getLaunchInterval());
        notNegative(endpoint, "retryInitialBackoff", configuration.getRetryInitialBackoff());
        notNegative(endpoint, "retryMaxBackoff", configuration.getRetryMaxBackoff());
        notNegative(endpoint, "retryMaxElapsed", configuration.getRetryMaxElapsed());
        notNegative(endpoint, "launchReconcileTimeout", configuration.getLaunchReconcileTimeout());
        notNegative(endpoint, "waitTimeout", configuration.getWaitTimeout());
        positive(endpoint, "waitPollInterval", configuration.getWaitPollInterval());
        notNegative(endpoint, "unhealthyTimeout", configuration.getUnhealthyTimeout());
    }

    private static void positive(String endpoint, String option, long millis) {
        if (millis <= 0) {
            throw new IllegalArgumentException("Invalid " + option + " " + millis + " ms for " + endpoint
                    + ": use a positive number of milliseconds or a duration such as 10s.");
        }
    }

    private static void notNegative(String endpoint, String option, long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("Invalid " + option + " " + millis + " ms for " + endpoint
                    + ": use 0 or more milliseconds, or a duration such as 10s.");
        }
    }
}

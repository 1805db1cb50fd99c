package io.github.camellambdacloud.examples;

import io.github.camellambdacloud.component.LambdaCloudConstants;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Terminates the instances this run launched and has not seen gone, so that stopping the example early (on its time
 * limit, Ctrl-C or an application shutdown) leaves no billed machine running. Call it while the Camel context still
 * runs.
 */
public final class InstanceCleanup {

    /** The routes that can launch or terminate instances, stopped before the cleanup so none of them races it. */
    static final List<String> FLOW_ROUTE_IDS = List.of("job-intake", "job-submission", "instance-events");

    private static final Logger LOG = LoggerFactory.getLogger(InstanceCleanup.class);

    private InstanceCleanup() {}

    /**
     * Stops the flow's routes, letting a launch or terminate in flight finish, then sends one terminate request for
     * each instance in {@link JobTracker#runningInstances()}. A failed request is logged at ERROR and the cleanup
     * goes on with the next instance.
     */
    public static void terminateRunningInstances(CamelContext camelContext, JobTracker tracker) {
        stopFlowRoutes(camelContext);

        // The simulator rejects a second terminate of a terminating instance with global/unknown, so these are
        // only reported.
        tracker.terminatingInstances().forEach((jobId, instanceIds) -> instanceIds.forEach(instanceId ->
                LOG.info("[{}] Instance {} is already terminating", jobId, instanceId)));

        Map<String, List<String>> runningInstances = tracker.runningInstances();
        if (runningInstances.isEmpty()) {
            return;
        }
        ProducerTemplate producerTemplate = camelContext.createProducerTemplate();
        try {
            runningInstances.forEach((jobId, instanceIds) -> instanceIds.forEach(instanceId ->
                    terminate(producerTemplate, tracker, jobId, instanceId)));
        } finally {
            producerTemplate.stop();
        }
    }

    private static void stopFlowRoutes(CamelContext camelContext) {
        for (String routeId : FLOW_ROUTE_IDS) {
            if (camelContext.getRoute(routeId) == null) {
                continue;
            }
            try {
                camelContext.getRouteController().stopRoute(routeId);
            } catch (Exception e) {
                LOG.warn("Stopping route {} before the instance cleanup failed; the cleanup goes on: {}", routeId,
                        e.toString());
            }
        }
    }

    private static void terminate(ProducerTemplate producerTemplate, JobTracker tracker, String jobId,
            String instanceId) {
        LOG.info("[{}] The example stops before the job is complete; terminating instance {}", jobId, instanceId);
        try {
            producerTemplate.sendBodyAndHeader("lambdacloud:instances?operation=terminate", null,
                    LambdaCloudConstants.INSTANCE_IDS, instanceId);
            tracker.terminatedAtStop(jobId, instanceId);
        } catch (RuntimeException e) {
            tracker.step(jobId, "terminate-failed");
            LOG.error("[{}] Instance {} may still be running; terminate it in the Lambda Cloud console."
                    + " The terminate request failed.", jobId, instanceId, e);
        }
    }
}

package io.github.camellambdacloud.examples;

import io.github.camellambdacloud.component.LambdaCloudConstants;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * The provisioning flow in the Java DSL; {@code routes/provisioning.camel.yaml} is the same flow in YAML.
 *
 * <p>A job file arrives, the flow picks an instance type and region with capacity and launches; the status consumer
 * sees the instance become active, the work step runs, the instance is terminated, and the consumer confirms it is
 * gone.
 */
public class ProvisioningRoutes extends RouteBuilder {

    private static final String LOGGER = "provisioning";

    @Override
    public void configure() {
        from("file:{{example.jobs-dir}}/inbox?move=../done&moveFailed=../failed")
                .routeId("job-intake")
                .unmarshal().json(JsonLibrary.Jackson, JobRequest.class)
                .setProperty("job", body())
                .bean("jobTracker", "accepted")
                .log(LoggingLevel.INFO, LOGGER, "[${exchangeProperty.job.jobId}] 1. Job received: run"
                        + " '${exchangeProperty.job.command}' on one of ${exchangeProperty.job.instanceTypes}")
                .to("lambdacloud:instance-types?operation=list")
                .setBody(method("jobPlanner", "place(${body}, ${exchangeProperty.job})"))
                .log(LoggingLevel.INFO, LOGGER, "[${exchangeProperty.job.jobId}] 2. Capacity found:"
                        + " ${body.instanceTypeName} in ${body.regionName} at ${body.priceCentsPerHour} cents/hour")
                .setBody(method("jobPlanner", "launchRequest(${body}, ${exchangeProperty.job})"))
                .to("lambdacloud:instances?operation=launch")
                .bean("jobTracker", "step(${exchangeProperty.job.jobId}, 'launched')")
                .log(LoggingLevel.INFO, LOGGER, "[${exchangeProperty.job.jobId}] 3. Launched instance"
                        + " ${header." + LambdaCloudConstants.INSTANCE_ID + "}; waiting for it to boot");

        from("lambdacloud:instances?delay={{example.poll-delay}}&initialDelay=0&tagFilter=" + JobPlanner.JOB_TAG)
                .routeId("instance-events")
                .setProperty("jobId", simple("${body.tagValue('" + JobPlanner.JOB_TAG + "')}"))
                .choice()
                    .when(simple("${header.CamelLambdaCloudEventType} == 'INSTANCE_DISAPPEARED'"))
                        .bean("jobTracker", "completed(${exchangeProperty.jobId})")
                        .log(LoggingLevel.INFO, LOGGER, "[${exchangeProperty.jobId}] 7. Instance"
                                + " ${header.CamelLambdaCloudInstanceId} is gone; the job is complete")
                    .when(simple("${header.CamelLambdaCloudEventType} == 'INSTANCE_APPEARED'"
                            + " && ${header.CamelLambdaCloudStatus} != 'active'"))
                        .log(LoggingLevel.INFO, LOGGER, "[${exchangeProperty.jobId}]    Instance"
                                + " ${header.CamelLambdaCloudInstanceId} appeared: ${header.CamelLambdaCloudStatus}")
                    .when(simple("${header.CamelLambdaCloudStatus} == 'active'"))
                        .bean("jobTracker", "step(${exchangeProperty.jobId}, 'active')")
                        .log(LoggingLevel.INFO, LOGGER, "[${exchangeProperty.jobId}] 4. Instance"
                                + " ${header.CamelLambdaCloudInstanceId} is active at ${body.ip}")
                        .setProperty("sshCommand", method("jobTracker", "sshCommand(${body})"))
                        .log(LoggingLevel.INFO, LOGGER, "[${exchangeProperty.jobId}] 5. Work:"
                                + " ${exchangeProperty.sshCommand}")
                        .setHeader(LambdaCloudConstants.INSTANCE_IDS, header(LambdaCloudConstants.INSTANCE_ID))
                        .to("lambdacloud:instances?operation=terminate")
                        .bean("jobTracker", "step(${exchangeProperty.jobId}, 'terminated')")
                        .log(LoggingLevel.INFO, LOGGER, "[${exchangeProperty.jobId}] 6. Work done; terminating"
                                + " instance ${header.CamelLambdaCloudInstanceId}")
                    .otherwise()
                        .log(LoggingLevel.INFO, LOGGER, "[${exchangeProperty.jobId}]    Instance"
                                + " ${header.CamelLambdaCloudInstanceId}: ${header.CamelLambdaCloudPreviousStatus}"
                                + " -> ${header.CamelLambdaCloudStatus}")
                .end();
    }
}

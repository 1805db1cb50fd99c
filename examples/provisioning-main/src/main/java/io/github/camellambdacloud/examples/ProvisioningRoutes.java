package io.github.camellambdacloud.examples;

import io.github.camellambdacloud.component.LambdaCloudConstants;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * The provisioning flow in the Java DSL; {@code routes/provisioning.camel.yaml} is the same flow in YAML, together with
 * the file intake of {@link JobFileRoutes}.
 *
 * <p>A {@link JobRequest} arrives on {@value #SUBMIT_JOB}, the flow picks an instance type and region with capacity
 * and launches; the status consumer sees the instance become active, the work step runs, the instance is terminated,
 * and the consumer confirms it is gone. The launch happens before {@value #SUBMIT_JOB} returns, with the instance id in
 * the {@code CamelLambdaCloudInstanceId} header; the later steps follow from the status consumer.
 */
public class ProvisioningRoutes extends RouteBuilder {

    /** The intake of every job: send a {@link JobRequest} body here. */
    public static final String SUBMIT_JOB = "direct:submit-job";

    private static final String LOGGER = "provisioning";

    @Override
    public void configure() {
        from(SUBMIT_JOB)
                .routeId("job-submission")
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
                .bean("jobTracker", "launched(${exchangeProperty.job.jobId}, ${header.CamelLambdaCloudInstanceId})")
                .log(LoggingLevel.INFO, LOGGER, "[${exchangeProperty.job.jobId}] 3. Launched instance"
                        + " ${header." + LambdaCloudConstants.INSTANCE_ID + "}; waiting for it to boot");

        from("lambdacloud:instances?delay={{example.poll-delay}}&initialDelay=0&tagFilter=" + JobPlanner.JOB_TAG)
                .routeId("instance-events")
                .setProperty("jobId", simple("${body.tagValue('" + JobPlanner.JOB_TAG + "')}"))
                .choice()
                    .when(simple("${header.CamelLambdaCloudEventType} == 'INSTANCE_DISAPPEARED'"))
                        .bean("jobTracker",
                                "completed(${exchangeProperty.jobId}, ${header.CamelLambdaCloudInstanceId})")
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
                        .bean("jobTracker",
                                "terminated(${exchangeProperty.jobId}, ${header.CamelLambdaCloudInstanceId})")
                        .log(LoggingLevel.INFO, LOGGER, "[${exchangeProperty.jobId}] 6. Work done; terminating"
                                + " instance ${header.CamelLambdaCloudInstanceId}")
                    .otherwise()
                        .log(LoggingLevel.INFO, LOGGER, "[${exchangeProperty.jobId}]    Instance"
                                + " ${header.CamelLambdaCloudInstanceId}: ${header.CamelLambdaCloudPreviousStatus}"
                                + " -> ${header.CamelLambdaCloudStatus}")
                .end();
    }
}

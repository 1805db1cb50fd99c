package io.github.camellambdacloud.examples;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * Reads job files from {@code {{example.jobs-dir}}/inbox} and submits each to {@link ProvisioningRoutes#SUBMIT_JOB}.
 * A file moves to {@code done} once its instance is launched, or to {@code failed} when parsing or launching fails.
 */
public class JobFileRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("file:{{example.jobs-dir}}/inbox?move=../done&moveFailed=../failed")
                .routeId("job-intake")
                .unmarshal().json(JsonLibrary.Jackson, JobRequest.class)
                .to(ProvisioningRoutes.SUBMIT_JOB);
    }
}

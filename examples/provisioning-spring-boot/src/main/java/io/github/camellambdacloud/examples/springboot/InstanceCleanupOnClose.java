package io.github.camellambdacloud.examples.springboot;

import io.github.camellambdacloud.examples.InstanceCleanup;
import io.github.camellambdacloud.examples.JobTracker;
import org.apache.camel.CamelContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Terminates the instances this application launched and has not seen gone when the application context closes,
 * on Ctrl-C, {@code SpringApplication.exit} or the end of a test. Spring publishes {@link ContextClosedEvent} before
 * it stops the Camel context, so the terminate requests still go through the component.
 */
@Component
class InstanceCleanupOnClose {

    private final ApplicationContext applicationContext;
    private final CamelContext camelContext;
    private final JobTracker jobTracker;

    InstanceCleanupOnClose(ApplicationContext applicationContext, CamelContext camelContext, JobTracker jobTracker) {
        this.applicationContext = applicationContext;
        this.camelContext = camelContext;
        this.jobTracker = jobTracker;
    }

    @EventListener
    void onContextClosed(ContextClosedEvent event) {
        // A child context, such as a separate management context, publishes its own event.
        if (event.getApplicationContext() == applicationContext) {
            InstanceCleanup.terminateRunningInstances(camelContext, jobTracker);
        }
    }
}

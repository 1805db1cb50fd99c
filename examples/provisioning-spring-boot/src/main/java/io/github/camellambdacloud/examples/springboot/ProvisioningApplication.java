package io.github.camellambdacloud.examples.springboot;

import io.github.camellambdacloud.examples.JobPlanner;
import io.github.camellambdacloud.examples.JobTracker;
import io.github.camellambdacloud.examples.ProvisioningRoutes;
import java.util.concurrent.CountDownLatch;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Runs the provisioning flow of the Camel Main example in Spring Boot: {@code POST /jobs} submits a job, a GPU machine
 * is launched where there is capacity, the status consumer reports it active, the job's work runs, and the machine
 * is terminated and confirmed gone. Without an API key it runs against the embedded simulator
 * ({@link ApiSelectionConfiguration}).
 */
@SpringBootApplication
public class ProvisioningApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProvisioningApplication.class, args);
    }

    @Bean
    RouteBuilder provisioningRoutes() {
        return new ProvisioningRoutes();
    }

    /** The planner that the routes call as {@code jobPlanner}. */
    @Bean
    JobPlanner jobPlanner(@Value("${example.ssh-key-name:example-key}") String sshKeyName) {
        return new JobPlanner(sshKeyName);
    }

    /** Counts down when the first job's instance is gone; {@link SampleJobRunner} waits for it. */
    @Bean
    CountDownLatch firstJobCompleted() {
        return new CountDownLatch(1);
    }

    /** The tracker that the routes call as {@code jobTracker}. */
    @Bean
    JobTracker jobTracker(CountDownLatch firstJobCompleted) {
        return new JobTracker(1, firstJobCompleted::countDown);
    }
}

package io.github.camellambdacloud.examples.springboot;

import io.github.camellambdacloud.examples.JobRequest;
import io.github.camellambdacloud.examples.JobTracker;
import io.github.camellambdacloud.examples.ProvisioningRoutes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * With {@code example.run-once=true}, submits a sample job at startup, waits until its instance is gone or
 * {@code example.max-duration} has passed, and exits with 0 when the job completed and 1 otherwise.
 */
@Component
@ConditionalOnBooleanProperty("example.run-once")
class SampleJobRunner implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SampleJobRunner.class);

    static final JobRequest SAMPLE_JOB = new JobRequest("job-42",
            List.of("gpu_8x_h100_sxm5", "gpu_1x_a100", "gpu_1x_a10"),
            List.of("us-east-1", "us-west-1"),
            "python train.py --epochs 3");

    private final ProducerTemplate producerTemplate;
    private final JobTracker jobTracker;
    private final CountDownLatch firstJobCompleted;
    private final ConfigurableApplicationContext applicationContext;
    private final Duration maxDuration;

    SampleJobRunner(ProducerTemplate producerTemplate, JobTracker jobTracker, CountDownLatch firstJobCompleted,
            ConfigurableApplicationContext applicationContext,
            @Value("${example.max-duration:3m}") Duration maxDuration) {
        this.producerTemplate = producerTemplate;
        this.jobTracker = jobTracker;
        this.firstJobCompleted = firstJobCompleted;
        this.applicationContext = applicationContext;
        this.maxDuration = maxDuration;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        producerTemplate.sendBody(ProvisioningRoutes.SUBMIT_JOB, SAMPLE_JOB);

        boolean completed = firstJobCompleted.await(maxDuration.toMillis(), TimeUnit.MILLISECONDS);
        if (!completed) {
            LOG.warn("The sample job did not finish within {} s; stopping and terminating its instance",
                    maxDuration.toSeconds());
        }
        LOG.info("Steps: {}", jobTracker.steps());

        int exitCode = SpringApplication.exit(applicationContext, () -> completed ? 0 : 1);
        System.exit(exitCode);
    }
}

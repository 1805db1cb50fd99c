package io.github.camellambdacloud.examples.springboot;

import io.github.camellambdacloud.client.LambdaCloudApiException;
import io.github.camellambdacloud.component.LambdaCloudConstants;
import io.github.camellambdacloud.examples.JobRequest;
import io.github.camellambdacloud.examples.ProvisioningRoutes;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /jobs} with a {@link JobRequest} as JSON starts the provisioning flow. It returns 202 once the instance
 * is launched, and the status consumer logs the later steps. It returns 409 when no requested instance type has
 * capacity in the requested regions, and 502 when the API rejects a call.
 */
@RestController
class JobController {

    private final ProducerTemplate producerTemplate;

    JobController(ProducerTemplate producerTemplate) {
        this.producerTemplate = producerTemplate;
    }

    @PostMapping("/jobs")
    ResponseEntity<JobAccepted> submit(@RequestBody JobRequest job) {
        Exchange exchange = producerTemplate.send(ProvisioningRoutes.SUBMIT_JOB,
                request -> request.getMessage().setBody(job));

        if (exchange.getException() != null) {
            throw toResponseStatus(exchange);
        }
        String instanceId = exchange.getMessage().getHeader(LambdaCloudConstants.INSTANCE_ID, String.class);
        return ResponseEntity.accepted().body(new JobAccepted(job.jobId(), instanceId));
    }

    private static RuntimeException toResponseStatus(Exchange exchange) {
        LambdaCloudApiException apiError = exchange.getException(LambdaCloudApiException.class);
        if (apiError != null) {
            return new ResponseStatusException(HttpStatus.BAD_GATEWAY, apiError.getMessage(), apiError);
        }
        // JobPlanner.place raises IllegalStateException when no requested type has capacity.
        IllegalStateException noCapacity = exchange.getException(IllegalStateException.class);
        if (noCapacity != null) {
            return new ResponseStatusException(HttpStatus.CONFLICT, noCapacity.getMessage(), noCapacity);
        }
        return new IllegalStateException("Job submission failed", exchange.getException());
    }

    /**
     * The response to an accepted job.
     *
     * @param jobId the job's id
     * @param instanceId the id of the launched instance
     */
    record JobAccepted(String jobId, String instanceId) {}
}

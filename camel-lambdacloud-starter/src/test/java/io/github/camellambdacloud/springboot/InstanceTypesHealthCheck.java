package io.github.camellambdacloud.springboot;

import io.github.camellambdacloud.client.LambdaCloudApiException;
import io.github.camellambdacloud.client.LambdaCloudException;
import io.github.camellambdacloud.component.LambdaCloudEndpoint;
import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Test-only prototype of the producer health check that the component should register. It calls the cheap
 * {@code GET /instance-types} with the endpoint's client, reports DOWN with the API's error code on failure, and
 * reports UP again on the first good call.
 */
final class InstanceTypesHealthCheck extends AbstractHealthCheck {

    private final LambdaCloudEndpoint endpoint;

    InstanceTypesHealthCheck(LambdaCloudEndpoint endpoint, String routeId) {
        super("camel", "producer:lambdacloud-" + routeId);
        this.endpoint = endpoint;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        try {
            endpoint.getClient().listInstanceTypes();
            builder.up();
        } catch (LambdaCloudApiException e) {
            builder.detail(SERVICE_STATUS_CODE, e.statusCode());
            // A response without the API's error body, such as a proxy's 502, has no error code.
            if (e.errorCode() != null) {
                builder.detail(SERVICE_ERROR_CODE, e.errorCode());
            }
            builder.message(e.getMessage());
            builder.error(e);
            builder.down();
        } catch (LambdaCloudException e) {
            builder.message(e.getMessage());
            builder.error(e);
            builder.down();
        }
    }
}

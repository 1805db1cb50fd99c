package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.LambdaCloudApiException;
import io.github.camellambdacloud.client.LambdaCloudException;
import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness check of a {@code lambdacloud} producer: sends {@code GET /instance-types} with the endpoint's client and
 * reports UP when the API answers, DOWN with the HTTP status and the API's error code when it rejects the request, and
 * DOWN with the cause when no response arrives.
 *
 * <p>Every invocation sends one request, which counts against the account's budget of about one request per second
 * and waits in the client's limiter like any other call. Camel runs the check each time the registry is invoked: in
 * Spring Boot once per call of {@code /actuator/health} (and of its readiness group), or every
 * {@code camel.health.health-check-frequency} seconds (default 10) with {@code camel.health.async-camel-health-check=true}.
 * It is a readiness check only, so an unreachable API never makes a liveness probe restart the application.
 */
final class LambdaCloudProducerHealthCheck extends AbstractHealthCheck {

    private final LambdaCloudEndpoint endpoint;

    LambdaCloudProducerHealthCheck(LambdaCloudEndpoint endpoint, String checkName) {
        super("camel", "producer:lambdacloud-" + checkName);
        this.endpoint = endpoint;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        try {
            endpoint.getClient().listInstanceTypes();
            builder.up();
        } catch (LambdaCloudApiException e) {
            builder.message(e.getMessage());
            builder.error(e);
            builder.detail(SERVICE_STATUS_CODE, e.statusCode());
            // HealthCheckResultBuilder.detail rejects null, and a body that is not the API's JSON error, such as a
            // proxy's HTML 502 page, has no error code.
            if (e.errorCode() != null) {
                builder.detail(SERVICE_ERROR_CODE, e.errorCode());
            }
            builder.down();
        } catch (LambdaCloudException e) {
            builder.message(e.getMessage());
            builder.error(e);
            builder.down();
        }
    }
}

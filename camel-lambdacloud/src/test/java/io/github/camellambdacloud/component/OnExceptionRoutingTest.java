package io.github.camellambdacloud.component;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.camellambdacloud.client.LambdaCloudApiException;
import io.github.camellambdacloud.client.LambdaCloudErrorCodes;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

/** The documented way to branch on API error codes: onException with onWhen on the exception's code. */
class OnExceptionRoutingTest extends ProducerRouteTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(LambdaCloudApiException.class)
                        .onWhen(exchange -> exchange.getProperty(Exchange.EXCEPTION_CAUGHT,
                                LambdaCloudApiException.class).isInsufficientCapacity())
                        .handled(true)
                        .to("mock:noCapacity");
                onException(LambdaCloudApiException.class)
                        .onWhen(exchange -> LambdaCloudErrorCodes.QUOTA_EXCEEDED.equals(exchange.getProperty(
                                Exchange.EXCEPTION_CAUGHT, LambdaCloudApiException.class).errorCode()))
                        .handled(true)
                        .to("mock:quota");

                from("direct:launch")
                        .to(endpointUri(ApiCall.LAUNCH_INSTANCE) + "&regionName=us-east-1"
                                + "&instanceTypeName=gpu_1x_a10&sshKeyName=camel-key")
                        .to("mock:result");
            }
        };
    }

    private void stubLaunchError(String code) {
        wireMock.stubFor(post(urlEqualTo("/api/v1/instance-operations/launch")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(errorBody(code, "Launch rejected."))));
    }

    @Test
    void insufficientCapacityGoesToItsBranch() throws Exception {
        stubLaunchError(LambdaCloudErrorCodes.INSUFFICIENT_CAPACITY);
        getMockEndpoint("mock:noCapacity").expectedMessageCount(1);
        getMockEndpoint("mock:quota").expectedMessageCount(0);

        Exchange exchange = template.send("direct:launch", e -> {});

        assertNull(exchange.getException());
        MockEndpoint.assertIsSatisfied(context);
    }

    @Test
    void quotaExceededGoesToItsBranch() throws Exception {
        stubLaunchError(LambdaCloudErrorCodes.QUOTA_EXCEEDED);
        getMockEndpoint("mock:noCapacity").expectedMessageCount(0);
        getMockEndpoint("mock:quota").expectedMessageCount(1);

        Exchange exchange = template.send("direct:launch", e -> {});

        assertNull(exchange.getException());
        MockEndpoint.assertIsSatisfied(context);
    }
}

package io.github.camellambdacloud.component;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.camellambdacloud.client.AuditEvent;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

class AuditEventsTest extends ProducerRouteTestSupport {

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {createRouteBuilder(), new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:allPages").to(endpointUri(ApiCall.LIST_AUDIT_EVENTS) + "&auditEventMaxPages=3")
                        .to("mock:result");
            }
        }};
    }

    private static String page(String eventId, String nextToken) {
        return """
                {"data": [{"service_name": "cloud", "resource_name": "instance", "action": "created",
                           "catalog_version": "2025-09-06", "event_id": "%s",
                           "event_time": "2026-01-15T10:30:45.123456Z", "resource_lrns": [],
                           "additional_details": {"region": "us-east-1"}}],
                 "page_token": %s}""".formatted(eventId, nextToken == null ? "null" : "\"" + nextToken + "\"");
    }

    @Test
    void listReturnsPageAndNextToken() throws Exception {
        wireMock.stubFor(get(urlPathEqualTo("/api/v1/audit-events")).willReturn(okJson(page("e1", "t2"))));

        List<?> events = sendAndReceive(ApiCall.LIST_AUDIT_EVENTS, null, Map.of(
                LambdaCloudConstants.AUDIT_START, "2026-01-01T00:00:00Z",
                LambdaCloudConstants.AUDIT_RESOURCE_TYPE, "cloud.instance"), List.class);

        assertEquals("e1", ((AuditEvent) events.get(0)).eventId());
        assertEquals("t2", getMockEndpoint("mock:result").getReceivedExchanges().get(0).getMessage()
                .getHeader(LambdaCloudConstants.PAGE_TOKEN));
        wireMock.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/audit-events"))
                .withHeader("Authorization", equalTo(BEARER))
                .withQueryParam("start", equalTo("2026-01-01T00:00:00Z"))
                .withQueryParam("resource_type", equalTo("cloud.instance")));
    }

    @Test
    void listAuditEventsFollowsPagesUpToMax() throws Exception {
        wireMock.stubFor(get(urlPathEqualTo("/api/v1/audit-events")).willReturn(okJson(page("e1", "t2"))));
        wireMock.stubFor(get(urlPathEqualTo("/api/v1/audit-events")).withQueryParam("page_token", equalTo("t2"))
                .willReturn(okJson(page("e2", "t3"))));
        wireMock.stubFor(get(urlPathEqualTo("/api/v1/audit-events")).withQueryParam("page_token", equalTo("t3"))
                .willReturn(okJson(page("e3", "t4"))));
        getMockEndpoint("mock:result").expectedMessageCount(1);

        Exchange exchange = template.send("direct:allPages", e -> e.getMessage().setBody(null));

        getMockEndpoint("mock:result").assertIsSatisfied();
        assertNull(exchange.getException());
        List<?> events = exchange.getMessage().getBody(List.class);
        assertEquals(List.of("e1", "e2", "e3"), events.stream().map(event -> ((AuditEvent) event).eventId()).toList());
        assertEquals("t4", exchange.getMessage().getHeader(LambdaCloudConstants.PAGE_TOKEN));
        wireMock.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/audit-events")));
    }

    @Test
    void listAuditEventsStopsAtLastPage() throws Exception {
        wireMock.stubFor(get(urlPathEqualTo("/api/v1/audit-events")).willReturn(okJson(page("e1", null))));

        Exchange exchange = template.send("direct:allPages", e -> e.getMessage().setBody(null));

        assertNull(exchange.getException());
        assertNull(exchange.getMessage().getHeader(LambdaCloudConstants.PAGE_TOKEN));
        wireMock.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/audit-events")));
    }
}

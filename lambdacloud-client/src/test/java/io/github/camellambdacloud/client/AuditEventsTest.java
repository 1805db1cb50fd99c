package io.github.camellambdacloud.client;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camellambdacloud.client.Payloads.auditEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditEventsTest extends WireMockTestSupport {

    private static final String EVENT_1 = "0123456789abcdef0123456789abcd01";
    private static final String EVENT_2 = "0123456789abcdef0123456789abcd02";
    private static final String EVENT_3 = "0123456789abcdef0123456789abcd03";

    @Test
    void pageInCurrentShapeHasTopLevelToken() {
        server.stubFor(get(urlPathEqualTo("/api/v1/audit-events")).willReturn(okJson("""
                {"data": [%s], "page_token": "eyJuZXh0IjoxNzA0MTk2ODAwfQ=="}
                """.formatted(auditEvent(EVENT_1)))));

        AuditEventPage page = client.listAuditEvents(AuditEventQuery.all());

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("GET");
        assertThat(request.getUrl()).isEqualTo("/api/v1/audit-events");
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(page.nextPageToken()).isEqualTo("eyJuZXh0IjoxNzA0MTk2ODAwfQ==");
        assertThat(page.events()).hasSize(1);
        AuditEvent event = page.events().get(0);
        assertThat(event.eventId()).isEqualTo(EVENT_1);
        assertThat(event.eventTime())
                .isEqualTo(OffsetDateTime.of(2026, 1, 15, 10, 30, 45, 123_456_000, ZoneOffset.UTC));
        assertThat(event.serviceName()).isEqualTo("cloud");
        assertThat(event.resourceName()).isEqualTo("instance");
        assertThat(event.action()).isEqualTo("created");
        assertThat(event.catalogVersion()).isEqualTo("2025-09-06");
        assertThat(event.actorLrn()).isEqualTo("lrn:cloud:identity:00112233445566778899aabbccddeeff");
        assertThat(event.resourceLrns()).containsExactly("lrn:cloud:instance:5b1e0f6a9c2d4e7f8a1b2c3d4e5f6a7b");
        assertThat(event.resourceOwnerLrn()).isEqualTo("lrn:cloud:account:fedcba9876543210fedcba9876543210");
        assertThat(event.requestApiKeyLrn()).isEqualTo("lrn:cloud:api_key:0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        assertThat(event.additionalDetails())
                .isEqualTo(Map.of("instance_type", "gpu_1x_a10", "region", "us-east-1"));
    }

    @Test
    void pageInOlderShapeHasEventsInsideData() {
        server.stubFor(get(urlPathEqualTo("/api/v1/audit-events")).willReturn(okJson("""
                {"data": {"events": [%s, %s], "page_token": null}}
                """.formatted(auditEvent(EVENT_1), auditEvent(EVENT_2)))));

        AuditEventPage page = client.listAuditEvents(AuditEventQuery.all());

        assertThat(page.events()).extracting(AuditEvent::eventId).containsExactly(EVENT_1, EVENT_2);
        assertThat(page.nextPageToken()).isNull();
    }

    @Test
    void olderShapeCarriesTokenInsideData() {
        server.stubFor(get(urlPathEqualTo("/api/v1/audit-events")).willReturn(okJson("""
                {"data": {"events": [%s], "page_token": "next-1"}}
                """.formatted(auditEvent(EVENT_1)))));

        AuditEventPage page = client.listAuditEvents(AuditEventQuery.all());

        assertThat(page.nextPageToken()).isEqualTo("next-1");
    }

    @Test
    void queryParametersAreSentInFull() {
        server.stubFor(get(urlPathEqualTo("/api/v1/audit-events")).willReturn(okJson("{\"data\": [], \"page_token\": null}")));
        AuditEventQuery query = new AuditEventQuery(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.of(2026, 1, 31, 23, 59, 59, 500_000_000, ZoneOffset.UTC), "cloud.api_key",
                "abCdEFg0h1I2jKlm34n5O6Pq78r=");

        AuditEventPage page = client.listAuditEvents(query);

        LoggedRequest request = onlyRequest();
        assertThat(request.queryParameter("start").firstValue()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(request.queryParameter("end").firstValue()).isEqualTo("2026-01-31T23:59:59.5Z");
        assertThat(request.queryParameter("resource_type").firstValue()).isEqualTo("cloud.api_key");
        assertThat(request.queryParameter("page_token").firstValue()).isEqualTo("abCdEFg0h1I2jKlm34n5O6Pq78r=");
        assertThat(page.events()).isEmpty();
    }

    @Test
    void listAllFollowsTokensToLastPage() {
        stubPage(null, EVENT_1, "token-a");
        stubPage("token-a", EVENT_2, "token-b");
        stubPage("token-b", EVENT_3, null);

        List<AuditEvent> events = client.listAllAuditEvents(AuditEventQuery.all(), 10);

        assertThat(events).extracting(AuditEvent::eventId).containsExactly(EVENT_1, EVENT_2, EVENT_3);
        assertThat(server.getAllServeEvents()).hasSize(3);
    }

    @Test
    void listAllStopsOnImmediatelyRepeatedToken() {
        stubPage(null, EVENT_1, "token-a");
        stubPage("token-a", EVENT_2, "token-a");

        List<AuditEvent> events = client.listAllAuditEvents(AuditEventQuery.all(), 10);

        assertThat(events).extracting(AuditEvent::eventId).containsExactly(EVENT_1, EVENT_2);
        assertThat(server.getAllServeEvents()).hasSize(2);
    }

    @Test
    void listAllStopsOnTokenCycle() {
        stubPage(null, EVENT_1, "token-a");
        stubPage("token-a", EVENT_2, "token-b");
        stubPage("token-b", EVENT_3, "token-a");

        List<AuditEvent> events = client.listAllAuditEvents(AuditEventQuery.all(), 10);

        assertThat(events).extracting(AuditEvent::eventId).containsExactly(EVENT_1, EVENT_2, EVENT_3);
        assertThat(server.getAllServeEvents()).hasSize(3);
    }

    @Test
    void listAllStopsAtMaxPages() {
        stubPage(null, EVENT_1, "token-a");
        stubPage("token-a", EVENT_2, "token-b");
        stubPage("token-b", EVENT_3, null);

        List<AuditEvent> events = client.listAllAuditEvents(AuditEventQuery.all(), 2);

        assertThat(events).extracting(AuditEvent::eventId).containsExactly(EVENT_1, EVENT_2);
        assertThat(server.getAllServeEvents()).hasSize(2);
    }

    @Test
    void listAllRejectsZeroMaxPages() {
        assertThatThrownBy(() -> client.listAllAuditEvents(AuditEventQuery.all(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxPages 0");
        assertNoRequestReceived();
    }

    @Test
    void dataOfWrongTypeIsInvalidBody() {
        server.stubFor(get(urlPathEqualTo("/api/v1/audit-events")).willReturn(okJson("{\"data\": \"unexpected\"}")));

        assertThatThrownBy(() -> client.listAuditEvents(AuditEventQuery.all()))
                .isInstanceOfSatisfying(LambdaCloudApiException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(200);
                    assertThat(e.errorCode()).isNull();
                    assertThat(e.getMessage()).contains("not the JSON the API documents");
                });
    }

    @Test
    void malformedEventTimeIsInvalidBody() {
        server.stubFor(get(urlPathEqualTo("/api/v1/audit-events")).willReturn(okJson(
                "{\"data\": [" + auditEvent(EVENT_1).replace("2026-01-15T10:30:45.123456Z", "yesterday") + "]}")));

        assertThatThrownBy(() -> client.listAuditEvents(AuditEventQuery.all()))
                .isInstanceOfSatisfying(LambdaCloudApiException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(200);
                    assertThat(e.getMessage()).contains("not the JSON the API documents");
                });
    }

    private static void stubPage(String token, String eventId, String nextToken) {
        String next = nextToken == null ? "null" : "\"" + nextToken + "\"";
        server.stubFor(get(urlPathEqualTo("/api/v1/audit-events"))
                .withQueryParam("page_token", token == null ? absent() : equalTo(token))
                .willReturn(okJson("{\"data\": [" + auditEvent(eventId) + "], \"page_token\": " + next + "}")));
    }
}

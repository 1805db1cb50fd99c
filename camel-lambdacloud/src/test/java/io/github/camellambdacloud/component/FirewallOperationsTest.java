package io.github.camellambdacloud.component;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.camellambdacloud.component.ApiFixtures.RULESET;
import static io.github.camellambdacloud.component.ApiFixtures.RULESET_ID;
import static io.github.camellambdacloud.component.ApiFixtures.RULE_SSH;
import static io.github.camellambdacloud.component.ApiFixtures.data;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.camellambdacloud.client.FirewallRule;
import io.github.camellambdacloud.client.FirewallRuleset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FirewallOperationsTest extends ProducerRouteTestSupport {

    private static final List<FirewallRule> RULES = List.of(
            FirewallRule.ports("tcp", 22, 22, "0.0.0.0/0", "SSH"),
            FirewallRule.icmp("203.0.113.0/24", "ping from office"));
    private static final String RULES_JSON = "[" + RULE_SSH + ", {\"protocol\": \"icmp\", \"source_network\":"
            + " \"203.0.113.0/24\", \"description\": \"ping from office\"}]";
    private static final String GLOBAL = "{\"id\": \"global\", \"name\": \"Global Firewall Rules\", \"rules\": "
            + RULES_JSON + "}";

    @Test
    void listFirewallRulesReturnsRules() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/api/v1/firewall-rules")).willReturn(okJson(data(RULES_JSON))));

        List<?> rules = sendAndReceive(ApiCall.LIST_FIREWALL_RULES, null, Map.of(), List.class);

        assertEquals(RULES, rules);
        wireMock.verify(1, getRequestedFor(urlEqualTo("/api/v1/firewall-rules"))
                .withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void replaceFirewallRulesSendsBodyInDataWrapper() throws Exception {
        wireMock.stubFor(put(urlEqualTo("/api/v1/firewall-rules")).willReturn(okJson(data(RULES_JSON))));

        List<?> rules = sendAndReceive(ApiCall.REPLACE_FIREWALL_RULES, RULES, Map.of(), List.class);

        assertEquals(RULES, rules);
        wireMock.verify(1, putRequestedFor(urlEqualTo("/api/v1/firewall-rules"))
                .withHeader("Authorization", equalTo(BEARER))
                .withRequestBody(equalToJson("{\"data\": " + RULES_JSON + "}")));
    }

    @Test
    void listFirewallRulesetsReturnsRulesets() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/api/v1/firewall-rulesets")).willReturn(okJson(data("[" + RULESET + "]"))));

        List<?> rulesets = sendAndReceive(ApiCall.LIST_FIREWALL_RULESETS, null, Map.of(), List.class);

        assertEquals(RULESET_ID, ((FirewallRuleset) rulesets.get(0)).id());
        wireMock.verify(1, getRequestedFor(urlEqualTo("/api/v1/firewall-rulesets"))
                .withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void getFirewallRulesetReturnsRuleset() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/api/v1/firewall-rulesets/" + RULESET_ID)).willReturn(okJson(data(RULESET))));

        FirewallRuleset ruleset = sendAndReceive(ApiCall.GET_FIREWALL_RULESET, null,
                Map.of(LambdaCloudConstants.FIREWALL_RULESET_ID, RULESET_ID), FirewallRuleset.class);

        assertEquals("camel-web", ruleset.name());
        wireMock.verify(1, getRequestedFor(urlEqualTo("/api/v1/firewall-rulesets/" + RULESET_ID))
                .withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void createFirewallRulesetSendsNameRegionAndRules() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/api/v1/firewall-rulesets")).willReturn(okJson(data(RULESET))));

        FirewallRuleset ruleset = sendAndReceive(ApiCall.CREATE_FIREWALL_RULESET, RULES, Map.of(
                LambdaCloudConstants.FIREWALL_RULESET_NAME, "camel-web",
                LambdaCloudConstants.REGION_NAME, "us-east-1"), FirewallRuleset.class);

        assertEquals(RULESET_ID, ruleset.id());
        assertEquals(RULESET_ID, getMockEndpoint("mock:result").getReceivedExchanges().get(0).getMessage()
                .getHeader(LambdaCloudConstants.FIREWALL_RULESET_ID));
        wireMock.verify(1, postRequestedFor(urlEqualTo("/api/v1/firewall-rulesets"))
                .withHeader("Authorization", equalTo(BEARER))
                .withRequestBody(equalToJson("{\"name\": \"camel-web\", \"region\": \"us-east-1\", \"rules\": "
                        + RULES_JSON + "}")));
    }

    @Test
    void updateFirewallRulesetRenamesAndReplacesRules() throws Exception {
        wireMock.stubFor(patch(urlEqualTo("/api/v1/firewall-rulesets/" + RULESET_ID)).willReturn(okJson(data(RULESET))));

        FirewallRuleset ruleset = sendAndReceive(ApiCall.UPDATE_FIREWALL_RULESET, null, Map.of(
                LambdaCloudConstants.FIREWALL_RULESET_ID, RULESET_ID,
                LambdaCloudConstants.FIREWALL_RULESET_NAME, "camel-web",
                LambdaCloudConstants.FIREWALL_RULES, RULES), FirewallRuleset.class);

        assertEquals(RULESET_ID, ruleset.id());
        wireMock.verify(1, patchRequestedFor(urlEqualTo("/api/v1/firewall-rulesets/" + RULESET_ID))
                .withHeader("Authorization", equalTo(BEARER))
                .withRequestBody(equalToJson("{\"name\": \"camel-web\", \"rules\": " + RULES_JSON + "}")));
    }

    @Test
    void updateFirewallRulesetRenamesOnly() throws Exception {
        wireMock.stubFor(patch(urlEqualTo("/api/v1/firewall-rulesets/" + RULESET_ID)).willReturn(okJson(data(RULESET))));

        sendAndReceive(ApiCall.UPDATE_FIREWALL_RULESET, null, Map.of(
                LambdaCloudConstants.FIREWALL_RULESET_ID, RULESET_ID,
                LambdaCloudConstants.FIREWALL_RULESET_NAME, "camel-web"), FirewallRuleset.class);

        wireMock.verify(1, patchRequestedFor(urlEqualTo("/api/v1/firewall-rulesets/" + RULESET_ID))
                .withRequestBody(equalToJson("{\"name\": \"camel-web\"}")));
    }

    @Test
    void deleteFirewallRulesetReturnsDeletedId() throws Exception {
        wireMock.stubFor(delete(urlEqualTo("/api/v1/firewall-rulesets/" + RULESET_ID)).willReturn(okJson(data("{}"))));

        String deleted = sendAndReceive(ApiCall.DELETE_FIREWALL_RULESET, null,
                Map.of(LambdaCloudConstants.FIREWALL_RULESET_ID, RULESET_ID), String.class);

        assertEquals(RULESET_ID, deleted);
        wireMock.verify(1, deleteRequestedFor(urlEqualTo("/api/v1/firewall-rulesets/" + RULESET_ID))
                .withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void getGlobalFirewallRulesetReturnsRuleset() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/api/v1/firewall-rulesets/global")).willReturn(okJson(data(GLOBAL))));

        FirewallRuleset ruleset =
                sendAndReceive(ApiCall.GET_GLOBAL_FIREWALL_RULESET, null, Map.of(), FirewallRuleset.class);

        assertEquals("global", ruleset.id());
        wireMock.verify(1, getRequestedFor(urlEqualTo("/api/v1/firewall-rulesets/global"))
                .withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void updateGlobalFirewallRulesetSendsRules() throws Exception {
        wireMock.stubFor(patch(urlEqualTo("/api/v1/firewall-rulesets/global")).willReturn(okJson(data(GLOBAL))));

        FirewallRuleset ruleset =
                sendAndReceive(ApiCall.UPDATE_GLOBAL_FIREWALL_RULESET, RULES, Map.of(), FirewallRuleset.class);

        assertEquals(RULES, ruleset.rules());
        wireMock.verify(1, patchRequestedFor(urlEqualTo("/api/v1/firewall-rulesets/global"))
                .withHeader("Authorization", equalTo(BEARER))
                .withRequestBody(equalToJson("{\"rules\": " + RULES_JSON + "}")));
    }
}

package io.github.camellambdacloud.client;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camellambdacloud.client.Payloads.ACTIVE_ID;
import static io.github.camellambdacloud.client.Payloads.RULESET;
import static io.github.camellambdacloud.client.Payloads.RULESET_ID;
import static io.github.camellambdacloud.client.Payloads.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirewallOperationsTest extends WireMockTestSupport {

    private static final FirewallRule SSH = FirewallRule.ports("tcp", 22, 22, "0.0.0.0/0", "SSH");
    private static final FirewallRule PING = FirewallRule.icmp("203.0.113.0/24", "ping from office");
    private static final FirewallRule HTTPS = FirewallRule.ports("tcp", 443, 443, "0.0.0.0/0", "HTTPS");

    private static final String RULES_JSON = """
            [{"protocol": "tcp", "port_range": [22, 22], "source_network": "0.0.0.0/0", "description": "SSH"},
             {"protocol": "icmp", "source_network": "203.0.113.0/24", "description": "ping from office"}]
            """;

    @Test
    void listFirewallRulesParsesRules() {
        server.stubFor(get(urlPathEqualTo("/api/v1/firewall-rules")).willReturn(okJson(data(RULES_JSON))));

        List<FirewallRule> rules = client.listFirewallRules();

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("GET");
        assertThat(request.getUrl()).isEqualTo("/api/v1/firewall-rules");
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(rules).containsExactly(SSH, PING);
    }

    @Test
    void replaceFirewallRulesWrapsRulesInData() {
        server.stubFor(put(urlPathEqualTo("/api/v1/firewall-rules")).willReturn(okJson(data(RULES_JSON))));

        List<FirewallRule> rules = client.replaceFirewallRules(List.of(SSH, PING));

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("PUT");
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(jsonBody(request)).isEqualTo(parseJson(data(RULES_JSON)));
        assertThat(rules).containsExactly(SSH, PING);
    }

    @Test
    void replaceWithEmptyRules() {
        server.stubFor(put(urlPathEqualTo("/api/v1/firewall-rules")).willReturn(okJson(data("[]"))));

        List<FirewallRule> rules = client.replaceFirewallRules(List.of());

        assertThat(jsonBody(onlyRequest())).isEqualTo(parseJson("{\"data\": []}"));
        assertThat(rules).isEmpty();
    }

    @Test
    void listFirewallRulesetsParsesRulesets() {
        server.stubFor(get(urlPathEqualTo("/api/v1/firewall-rulesets")).willReturn(okJson(data("[" + RULESET + "]"))));

        List<FirewallRuleset> rulesets = client.listFirewallRulesets();

        LoggedRequest request = onlyRequest();
        assertThat(request.getUrl()).isEqualTo("/api/v1/firewall-rulesets");
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(rulesets).hasSize(1);
        FirewallRuleset ruleset = rulesets.get(0);
        assertThat(ruleset.id()).isEqualTo(RULESET_ID);
        assertThat(ruleset.name()).isEqualTo("camel-web");
        assertThat(ruleset.region().name()).isEqualTo("us-east-1");
        assertThat(ruleset.rules()).containsExactly(HTTPS);
        assertThat(ruleset.created()).isEqualTo(OffsetDateTime.of(2026, 1, 15, 9, 12, 44, 0, ZoneOffset.UTC));
        assertThat(ruleset.instanceIds()).containsExactly(ACTIVE_ID);
    }

    @Test
    void getFirewallRulesetById() {
        server.stubFor(get(urlPathEqualTo("/api/v1/firewall-rulesets/" + RULESET_ID)).willReturn(okJson(data(RULESET))));

        FirewallRuleset ruleset = client.getFirewallRuleset(RULESET_ID);

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("GET");
        assertThat(request.getUrl()).isEqualTo("/api/v1/firewall-rulesets/" + RULESET_ID);
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(ruleset.id()).isEqualTo(RULESET_ID);
    }

    @Test
    void createFirewallRulesetPostsNameRegionRules() {
        server.stubFor(post(urlPathEqualTo("/api/v1/firewall-rulesets")).willReturn(okJson(data(RULESET))));

        FirewallRuleset ruleset = client.createFirewallRuleset("camel-web", "us-east-1", List.of(HTTPS));

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.getUrl()).isEqualTo("/api/v1/firewall-rulesets");
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(jsonBody(request)).isEqualTo(parseJson("""
                {"name": "camel-web", "region": "us-east-1",
                 "rules": [{"protocol": "tcp", "port_range": [443, 443], "source_network": "0.0.0.0/0",
                            "description": "HTTPS"}]}
                """));
        assertThat(ruleset.name()).isEqualTo("camel-web");
        assertThat(ruleset.rules()).containsExactly(HTTPS);
    }

    @Test
    void updateFirewallRulesetSendsOnlyRules() {
        server.stubFor(patch(urlPathEqualTo("/api/v1/firewall-rulesets/" + RULESET_ID)).willReturn(okJson(data(RULESET))));

        client.updateFirewallRuleset(RULESET_ID, null, List.of(HTTPS));

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("PATCH");
        assertThat(request.getUrl()).isEqualTo("/api/v1/firewall-rulesets/" + RULESET_ID);
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(jsonBody(request)).isEqualTo(parseJson("""
                {"rules": [{"protocol": "tcp", "port_range": [443, 443], "source_network": "0.0.0.0/0",
                            "description": "HTTPS"}]}
                """));
    }

    @Test
    void updateFirewallRulesetSendsOnlyName() {
        String renamed = RULESET.replace("camel-web", "camel-web-2");
        server.stubFor(patch(urlPathEqualTo("/api/v1/firewall-rulesets/" + RULESET_ID)).willReturn(okJson(data(renamed))));

        FirewallRuleset ruleset = client.updateFirewallRuleset(RULESET_ID, "camel-web-2", null);

        assertThat(jsonBody(onlyRequest())).isEqualTo(parseJson("{\"name\": \"camel-web-2\"}"));
        assertThat(ruleset.name()).isEqualTo("camel-web-2");
    }

    @Test
    void deleteFirewallRulesetById() {
        server.stubFor(delete(urlPathEqualTo("/api/v1/firewall-rulesets/" + RULESET_ID)).willReturn(okJson(data("{}"))));

        client.deleteFirewallRuleset(RULESET_ID);

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("DELETE");
        assertThat(request.getUrl()).isEqualTo("/api/v1/firewall-rulesets/" + RULESET_ID);
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
    }

    @Test
    void getGlobalFirewallRulesetHasNoRegion() {
        server.stubFor(get(urlPathEqualTo("/api/v1/firewall-rulesets/global")).willReturn(okJson(Payloads.GLOBAL_RULESET)));

        FirewallRuleset global = client.getGlobalFirewallRuleset();

        LoggedRequest request = onlyRequest();
        assertThat(request.getUrl()).isEqualTo("/api/v1/firewall-rulesets/global");
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(global.id()).isEqualTo("global");
        assertThat(global.name()).isEqualTo("Global Firewall Rules");
        assertThat(global.region()).isNull();
        assertThat(global.created()).isNull();
        assertThat(global.instanceIds()).isEmpty();
        assertThat(global.rules()).containsExactly(PING);
    }

    @Test
    void updateGlobalFirewallRulesetPatchesRules() {
        server.stubFor(patch(urlPathEqualTo("/api/v1/firewall-rulesets/global")).willReturn(okJson(Payloads.GLOBAL_RULESET)));

        FirewallRuleset global = client.updateGlobalFirewallRuleset(List.of(PING));

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("PATCH");
        assertThat(request.getUrl()).isEqualTo("/api/v1/firewall-rulesets/global");
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(jsonBody(request)).isEqualTo(parseJson("""
                {"rules": [{"protocol": "icmp", "source_network": "203.0.113.0/24", "description": "ping from office"}]}
                """));
        assertThat(global.rules()).containsExactly(PING);
    }
}

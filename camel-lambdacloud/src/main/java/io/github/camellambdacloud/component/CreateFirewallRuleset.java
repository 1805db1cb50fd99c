package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.FirewallRule;
import io.github.camellambdacloud.client.FirewallRuleset;
import io.github.camellambdacloud.client.LambdaCloudClient;
import java.util.List;
import org.apache.camel.Exchange;

/**
 * {@code POST /firewall-rulesets}: the rules come from the CamelLambdaCloudFirewallRules header or a
 * {@code List<FirewallRule>} body. The body becomes the new {@code FirewallRuleset}.
 */
final class CreateFirewallRuleset implements ProducerOperation {

    @Override
    public void execute(LambdaCloudClient client, LambdaCloudConfiguration configuration, Exchange exchange) {
        MessageInputs inputs = MessageInputs.of(exchange, ApiCall.CREATE_FIREWALL_RULESET);
        String name = inputs.requiredString(LambdaCloudConstants.FIREWALL_RULESET_NAME, null, null,
                "firewall ruleset name");
        String regionName = inputs.requiredString(LambdaCloudConstants.REGION_NAME, "regionName",
                configuration.getRegionName(), "region name");
        List<FirewallRule> rules = inputs.requiredList(LambdaCloudConstants.FIREWALL_RULES, FirewallRule.class, "firewall rules");

        FirewallRuleset ruleset = client.createFirewallRuleset(name, regionName, rules);

        exchange.getMessage().setBody(ruleset);
        exchange.getMessage().setHeader(LambdaCloudConstants.FIREWALL_RULESET_ID, ruleset.id());
    }
}

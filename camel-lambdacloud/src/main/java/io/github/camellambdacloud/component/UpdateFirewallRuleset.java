package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.FirewallRule;
import io.github.camellambdacloud.client.LambdaCloudClient;
import java.util.List;
import org.apache.camel.Exchange;

/**
 * {@code PATCH /firewall-rulesets/{id}}: renames the ruleset with the CamelLambdaCloudFirewallRulesetName header,
 * replaces its rules with the CamelLambdaCloudFirewallRules header or a {@code List<FirewallRule>} body, or both.
 * The body becomes the updated {@code FirewallRuleset}.
 */
final class UpdateFirewallRuleset implements ProducerOperation {

    @Override
    public void execute(LambdaCloudClient client, LambdaCloudConfiguration configuration, Exchange exchange) {
        MessageInputs inputs = MessageInputs.of(exchange, ApiCall.UPDATE_FIREWALL_RULESET);
        String rulesetId = inputs.requiredString(LambdaCloudConstants.FIREWALL_RULESET_ID, null, null,
                "firewall ruleset id");
        String name = inputs.string(LambdaCloudConstants.FIREWALL_RULESET_NAME);
        List<FirewallRule> rules = inputs.list(LambdaCloudConstants.FIREWALL_RULES, FirewallRule.class);
        if (rules == null) {
            rules = inputs.bodyList(FirewallRule.class);
        }

        exchange.getMessage().setBody(client.updateFirewallRuleset(rulesetId, name, rules));
    }
}

package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.FirewallRule;
import io.github.camellambdacloud.client.LambdaCloudClient;
import java.util.List;
import org.apache.camel.Exchange;

/**
 * {@code PATCH /firewall-rulesets/global}: replaces the global rules with the CamelLambdaCloudFirewallRules header or
 * a {@code List<FirewallRule>} body. The body becomes the updated global {@code FirewallRuleset}.
 */
final class UpdateGlobalFirewallRuleset implements ProducerOperation {

    @Override
    public void execute(LambdaCloudClient client, LambdaCloudConfiguration configuration, Exchange exchange) {
        MessageInputs inputs = MessageInputs.of(exchange, ApiCall.UPDATE_GLOBAL_FIREWALL_RULESET);
        List<FirewallRule> rules = inputs.requiredList(LambdaCloudConstants.FIREWALL_RULES, FirewallRule.class, "firewall rules");

        exchange.getMessage().setBody(client.updateGlobalFirewallRuleset(rules));
    }
}

package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.FirewallRule;
import io.github.camellambdacloud.client.LambdaCloudClient;
import java.util.List;
import org.apache.camel.Exchange;

/**
 * {@code PUT /firewall-rules}: replaces every global inbound rule with the CamelLambdaCloudFirewallRules header or a
 * {@code List<FirewallRule>} body; an empty list removes all. The body becomes the new {@code List<FirewallRule>}.
 */
final class ReplaceFirewallRules implements ProducerOperation {

    @Override
    public void execute(LambdaCloudClient client, LambdaCloudConfiguration configuration, Exchange exchange) {
        MessageInputs inputs = MessageInputs.of(exchange, ApiCall.REPLACE_FIREWALL_RULES);
        List<FirewallRule> rules = inputs.requiredList(LambdaCloudConstants.FIREWALL_RULES, FirewallRule.class, "firewall rules");

        exchange.getMessage().setBody(client.replaceFirewallRules(rules));
    }
}

package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.LambdaCloudClient;
import org.apache.camel.Exchange;

/** {@code GET /firewall-rulesets/{id}}: the body becomes the {@code FirewallRuleset}. */
final class GetFirewallRuleset implements ProducerOperation {

    @Override
    public void execute(LambdaCloudClient client, LambdaCloudConfiguration configuration, Exchange exchange) {
        MessageInputs inputs = MessageInputs.of(exchange, ApiCall.GET_FIREWALL_RULESET);
        String rulesetId = inputs.requiredString(LambdaCloudConstants.FIREWALL_RULESET_ID, null, null,
                "firewall ruleset id");

        exchange.getMessage().setBody(client.getFirewallRuleset(rulesetId));
    }
}

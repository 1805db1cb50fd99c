package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.LambdaCloudClient;
import org.apache.camel.Exchange;

/** {@code DELETE /firewall-rulesets/{id}}: the API returns nothing, so the body becomes the deleted ruleset's id. */
final class DeleteFirewallRuleset implements ProducerOperation {

    @Override
    public void execute(LambdaCloudClient client, LambdaCloudConfiguration configuration, Exchange exchange) {
        MessageInputs inputs = MessageInputs.of(exchange, ApiCall.DELETE_FIREWALL_RULESET);
        String rulesetId = inputs.requiredString(LambdaCloudConstants.FIREWALL_RULESET_ID, null, null,
                "firewall ruleset id");

        client.deleteFirewallRuleset(rulesetId);

        exchange.getMessage().setBody(rulesetId);
    }
}

package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.LambdaCloudClient;
import org.apache.camel.Exchange;

/** {@code GET /firewall-rulesets}: the body becomes a {@code List<FirewallRuleset>}. */
final class ListFirewallRulesets implements ProducerOperation {

    @Override
    public void execute(LambdaCloudClient client, LambdaCloudConfiguration configuration, Exchange exchange) {
        exchange.getMessage().setBody(client.listFirewallRulesets());
    }
}

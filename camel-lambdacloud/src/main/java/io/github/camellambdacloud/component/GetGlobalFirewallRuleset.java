package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.LambdaCloudClient;
import org.apache.camel.Exchange;

/** {@code GET /firewall-rulesets/global}: the body becomes the global {@code FirewallRuleset}. */
final class GetGlobalFirewallRuleset implements ProducerOperation {

    @Override
    public void execute(LambdaCloudClient client, LambdaCloudConfiguration configuration, Exchange exchange) {
        exchange.getMessage().setBody(client.getGlobalFirewallRuleset());
    }
}

package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.ImageSelector;
import io.github.camellambdacloud.client.LambdaCloudClient;
import io.github.camellambdacloud.client.LaunchRequest;
import io.github.camellambdacloud.client.LaunchResult;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;

/**
 * {@code POST /instance-operations/launch}: launches one instance. A {@link LaunchRequest} body is sent as it is;
 * otherwise the request is built from the launch headers and endpoint options. The body becomes the
 * {@link LaunchResult} and the CamelLambdaCloudInstanceId header the new instance's id.
 */
final class LaunchInstance implements ProducerOperation {

    @Override
    public void execute(LambdaCloudClient client, LambdaCloudConfiguration configuration, Exchange exchange) {
        MessageInputs inputs = MessageInputs.of(exchange, ApiCall.LAUNCH_INSTANCE);
        Integer quantity = inputs.integer(LambdaCloudConstants.QUANTITY);
        Object body = exchange.getMessage().getBody();
        LaunchRequest request = body instanceof LaunchRequest typed
                ? checkQuantity(typed, quantity)
                : buildRequest(inputs, configuration, quantity);

        LaunchResult result = client.launchInstance(request);

        exchange.getMessage().setBody(result);
        exchange.getMessage().setHeader(LambdaCloudConstants.INSTANCE_ID,
                result.instanceIds().isEmpty() ? null : result.instanceIds().get(0));
    }

    private static LaunchRequest checkQuantity(LaunchRequest request, Integer quantity) {
        if (quantity != null) {
            LaunchRequest.builder(request.regionName(), request.instanceTypeName(), null).quantity(quantity);
        }
        return request;
    }

    private static LaunchRequest buildRequest(
            MessageInputs inputs, LambdaCloudConfiguration configuration, Integer quantity) {
        String regionName = inputs.requiredStringOrBody(LambdaCloudConstants.REGION_NAME, "regionName",
                configuration.getRegionName(), "region name", LaunchRequest.class);
        String instanceTypeName = inputs.requiredStringOrBody(LambdaCloudConstants.INSTANCE_TYPE_NAME,
                "instanceTypeName", configuration.getInstanceTypeName(), "instance type name", LaunchRequest.class);
        inputs.requiredStringOrBody(LambdaCloudConstants.SSH_KEY_NAME, "sshKeyName", configuration.getSshKeyName(),
                "SSH key name", LaunchRequest.class);
        // Read as a list, so that "a,b" or a List of two names reaches the one-key check instead of being sent.
        List<String> sshKeyNames = inputs.strings(LambdaCloudConstants.SSH_KEY_NAME);
        if (sshKeyNames == null) {
            sshKeyNames = Arrays.stream(configuration.getSshKeyName().split(",")).map(String::strip).toList();
        }

        LaunchRequest.Builder builder = LaunchRequest.builder(regionName, instanceTypeName, null)
                .sshKeyNames(sshKeyNames)
                .name(inputs.string(LambdaCloudConstants.INSTANCE_NAME))
                .hostname(inputs.string(LambdaCloudConstants.HOSTNAME))
                .userData(inputs.string(LambdaCloudConstants.USER_DATA))
                .image(image(inputs, configuration));
        if (quantity != null) {
            builder.quantity(quantity);
        }
        List<String> fileSystemNames = inputs.strings(LambdaCloudConstants.FILE_SYSTEM_NAMES);
        if (fileSystemNames != null) {
            fileSystemNames.forEach(builder::fileSystemName);
        }
        List<String> rulesetIds = inputs.strings(LambdaCloudConstants.FIREWALL_RULESET_IDS);
        if (rulesetIds != null) {
            rulesetIds.forEach(builder::firewallRuleset);
        }
        Map<String, String> tags = inputs.stringMap(LambdaCloudConstants.TAGS);
        if (tags != null) {
            tags.forEach(builder::tag);
        }
        return builder.build();
    }

    /** Returns the image from the headers, else the imageFamily option; null for the API's default image. */
    private static ImageSelector image(MessageInputs inputs, LambdaCloudConfiguration configuration) {
        String imageId = inputs.string(LambdaCloudConstants.IMAGE_ID);
        String family = inputs.string(LambdaCloudConstants.IMAGE_FAMILY);
        if (imageId == null && family == null) {
            family = configuration.getImageFamily();
        }
        return imageId == null && family == null ? null : new ImageSelector(imageId, family);
    }
}

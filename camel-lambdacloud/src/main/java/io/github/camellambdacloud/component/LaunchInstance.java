package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.ImageSelector;
import io.github.camellambdacloud.client.InstanceLauncher;
import io.github.camellambdacloud.client.LambdaCloudClient;
import io.github.camellambdacloud.client.LaunchOutcome;
import io.github.camellambdacloud.client.LaunchOutcomeUnknownException;
import io.github.camellambdacloud.client.LaunchPreview;
import io.github.camellambdacloud.client.LaunchRequest;
import io.github.camellambdacloud.client.LaunchTags;
import io.github.camellambdacloud.client.SpendGuard;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.camel.Exchange;

/**
 * {@code POST /instance-operations/launch}: launches one instance through {@link InstanceLauncher}, so a lost
 * response is reconciled by the launch-id tag instead of launching again. A {@link LaunchRequest} body is sent as it
 * is; without a body the request is built from the launch headers and endpoint options, and a body of another type
 * is rejected. The region may list several regions or be {@code any}. The body becomes the {@link LaunchOutcome},
 * or a {@link LaunchPreview} in a dry run.
 */
final class LaunchInstance implements ProducerOperation {

    /** The exchange property that contains the launch id of a launch whose outcome is unknown. */
    static final String OUTCOME_UNKNOWN_PROPERTY = "CamelLambdaCloudLaunchOutcomeUnknown";

    private volatile CachedLauncher cachedLauncher;

    @Override
    public void execute(LambdaCloudClient client, LambdaCloudConfiguration configuration, Exchange exchange) {
        MessageInputs inputs = MessageInputs.of(exchange, ApiCall.LAUNCH_INSTANCE);
        Integer quantity = inputs.integer(LambdaCloudConstants.QUANTITY);
        // A leftover body of another type, such as the String of an earlier step, must not be dropped silently,
        // because the launch would then run from headers and options the sender may not have meant to use.
        LaunchRequest body = inputs.body(LaunchRequest.class, "Send a LaunchRequest, or clear the body (for example"
                + " with .setBody().constant(null)) and set the launch headers or endpoint options.");
        LaunchRequest request = body != null
                ? checkQuantity(body, quantity)
                : buildRequest(inputs, configuration, quantity);
        List<String> regions = Arrays.stream(request.regionName().split(",")).map(String::strip).toList();
        String launchId = launchId(inputs, request, exchange);
        InstanceLauncher launcher = launcher(client, configuration);

        if (exchange.getMessage().getHeader(LambdaCloudConstants.DRY_RUN, configuration.isDryRun(), Boolean.class)) {
            exchange.getMessage().setBody(launcher.preview(request, regions, launchId));
            exchange.getMessage().setHeader(LambdaCloudConstants.LAUNCH_ID, launchId);
            return;
        }

        boolean earlierOutcomeUnknown = launchId.equals(exchange.getProperty(OUTCOME_UNKNOWN_PROPERTY));
        LaunchOutcome outcome;
        try {
            outcome = isRedelivery(exchange) || earlierOutcomeUnknown
                    ? launcher.launchAgain(request, regions, launchId, earlierOutcomeUnknown)
                    : launcher.launch(request, regions, launchId);
        } catch (LaunchOutcomeUnknownException e) {
            // Remembered on the exchange, so a redelivery or a retry loop never sends this launch again.
            exchange.setProperty(OUTCOME_UNKNOWN_PROPERTY, launchId);
            throw e;
        }
        exchange.getMessage().setHeader(LambdaCloudConstants.LAUNCH_ID, launchId);
        exchange.getMessage().setHeader(LambdaCloudConstants.LAUNCH_RECONCILED, outcome.reconciled());
        exchange.getMessage().setHeader(LambdaCloudConstants.INSTANCE_ID, outcome.instanceId());
        if (configuration.isWaitForActive() && outcome.instanceId() != null) {
            // Set before waiting, so a failed wait still leaves the id of the billed instance on the message.
            exchange.getMessage().setBody(outcome);
            outcome = outcome.withInstance(Waiting.waiter(client, configuration).awaitActive(outcome.instanceId()));
        }
        exchange.getMessage().setBody(outcome);
    }

    /**
     * Returns the launcher for the client and the launch options, built again only when one of them changed. The
     * launcher is immutable, so concurrent messages share it.
     */
    private InstanceLauncher launcher(LambdaCloudClient client, LambdaCloudConfiguration configuration) {
        CachedLauncher cached = cachedLauncher;
        if (cached == null || !cached.matches(client, configuration)) {
            InstanceLauncher launcher = InstanceLauncher.builder(client)
                    .spendGuard(new SpendGuard(configuration.getMaxPriceCentsPerHour(),
                            configuration.getMaxRunningInstances()))
                    .reconcileTimeout(Duration.ofMillis(configuration.getLaunchReconcileTimeout()))
                    .reconcileInterval(Duration.ofMillis(configuration.getWaitPollInterval()))
                    .build();
            cached = new CachedLauncher(client, configuration.getMaxPriceCentsPerHour(),
                    configuration.getMaxRunningInstances(), configuration.getLaunchReconcileTimeout(),
                    configuration.getWaitPollInterval(), launcher);
            cachedLauncher = cached;
        }
        return cached.launcher();
    }

    /** A launcher and the client and option values it was built from. */
    private record CachedLauncher(LambdaCloudClient client, Integer maxPriceCentsPerHour, Integer maxRunningInstances,
            long launchReconcileTimeout, long waitPollInterval, InstanceLauncher launcher) {

        boolean matches(LambdaCloudClient otherClient, LambdaCloudConfiguration configuration) {
            return client == otherClient
                    && Objects.equals(maxPriceCentsPerHour, configuration.getMaxPriceCentsPerHour())
                    && Objects.equals(maxRunningInstances, configuration.getMaxRunningInstances())
                    && launchReconcileTimeout == configuration.getLaunchReconcileTimeout()
                    && waitPollInterval == configuration.getWaitPollInterval();
        }
    }

    /**
     * Returns true when Camel redelivers the exchange, or its transport marks it as delivered before. An earlier
     * attempt may then have launched an instance with the same launch id, which must be looked for first.
     */
    private static boolean isRedelivery(Exchange exchange) {
        Integer counter = exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, Integer.class);
        return (counter != null && counter > 0) || Boolean.TRUE.equals(exchange.isExternalRedelivered());
    }

    /** Returns the launch id from the header, else the request's launch-id tag, else one derived from the exchange. */
    private static String launchId(MessageInputs inputs, LaunchRequest request, Exchange exchange) {
        String fromHeader = inputs.string(LambdaCloudConstants.LAUNCH_ID);
        if (fromHeader != null) {
            return fromHeader;
        }
        String fromTag = LaunchTags.launchIdOf(request);
        return fromTag != null ? fromTag : LaunchTags.launchIdFrom(exchange.getExchangeId());
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

package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.FileSystem;
import io.github.camellambdacloud.client.LambdaCloudClient;
import org.apache.camel.Exchange;

/** {@code POST /filesystems}: the body becomes the new {@code FileSystem}. */
final class CreateFileSystem implements ProducerOperation {

    @Override
    public void execute(LambdaCloudClient client, LambdaCloudConfiguration configuration, Exchange exchange) {
        MessageInputs inputs = MessageInputs.of(exchange, ApiCall.CREATE_FILE_SYSTEM);
        String name = inputs.requiredString(LambdaCloudConstants.FILE_SYSTEM_NAME, null, null, "file system name");
        String regionName = inputs.requiredString(LambdaCloudConstants.REGION_NAME, "regionName",
                configuration.getRegionName(), "region name");

        FileSystem fileSystem = client.createFileSystem(name, regionName);

        exchange.getMessage().setBody(fileSystem);
        exchange.getMessage().setHeader(LambdaCloudConstants.FILE_SYSTEM_ID, fileSystem.id());
    }
}

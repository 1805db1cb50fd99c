package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.LambdaCloudClient;
import org.apache.camel.Exchange;

/** {@code DELETE /filesystems/{id}}: the body becomes the {@code List<String>} of ids the API deleted. */
final class DeleteFileSystem implements ProducerOperation {

    @Override
    public void execute(LambdaCloudClient client, LambdaCloudConfiguration configuration, Exchange exchange) {
        MessageInputs inputs = MessageInputs.of(exchange, ApiCall.DELETE_FILE_SYSTEM);
        String fileSystemId = inputs.requiredString(LambdaCloudConstants.FILE_SYSTEM_ID, null, null,
                "file system id");

        exchange.getMessage().setBody(client.deleteFileSystem(fileSystemId));
    }
}

package io.github.camellambdacloud.component;

import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.util.URISupport;

/** Polls {@code GET /instances} and emits one exchange per observed instance change. */
public class LambdaCloudInstanceConsumer extends ScheduledPollConsumer {

    public LambdaCloudInstanceConsumer(LambdaCloudEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public LambdaCloudEndpoint getEndpoint() {
        return (LambdaCloudEndpoint) super.getEndpoint();
    }

    @Override
    protected int poll() throws Exception {
        // TODO: diff the instance list against the previous snapshot.
        return 0;
    }

    @Override
    public String toString() {
        return "LambdaCloudInstanceConsumer[" + URISupport.sanitizeUri(getEndpoint().getEndpointUri()) + "]";
    }
}

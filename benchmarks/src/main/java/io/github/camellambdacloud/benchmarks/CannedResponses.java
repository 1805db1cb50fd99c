package io.github.camellambdacloud.benchmarks;

import java.nio.charset.StandardCharsets;

/** The fixed response bodies of {@link CannedApiServer}, shaped like the API's. */
final class CannedResponses {

    static final String INSTANCE_ID = Fleet.instanceId(0);

    static final byte[] GET_INSTANCE = bytes("{\"data\": " + Fleet.instanceJson(0, "active") + "}");

    static final byte[] LAUNCH = bytes("{\"data\": {\"instance_ids\": [\"" + INSTANCE_ID + "\"]}}");

    static final byte[] TERMINATE =
            bytes("{\"data\": {\"terminated_instances\": [" + Fleet.instanceJson(0, "terminating") + "]}}");

    static final byte[] NOT_FOUND = bytes("{\"error\": {\"code\": \"global/object-does-not-exist\","
            + " \"message\": \"The benchmark server does not answer this request.\"}}");

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private CannedResponses() {}
}

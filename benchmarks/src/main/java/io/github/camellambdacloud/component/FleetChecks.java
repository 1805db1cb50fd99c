package io.github.camellambdacloud.component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camellambdacloud.benchmarks.BenchmarkRoutes;
import io.github.camellambdacloud.benchmarks.CannedApiServer;
import io.github.camellambdacloud.benchmarks.Fleet;
import io.github.camellambdacloud.benchmarks.RawApiClient;
import io.github.camellambdacloud.client.Instance;
import io.github.camellambdacloud.client.JsonMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.openjdk.jol.info.GraphLayout;

/**
 * Checks that are counts rather than timings, written as JSON for the result table: connection reuse over a
 * sequential run of requests, and the heap a consumer snapshot retains per tracked instance.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.camellambdacloud.component.FleetChecks OUTPUT.json [REQUESTS]}.
 * Run it with {@code -Dsun.net.httpserver.nodelay=true}.
 */
public final class FleetChecks {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FleetChecks() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("Missing output file: expected FleetChecks OUTPUT.json [REQUESTS]");
        }
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;

        ArrayNode results = MAPPER.createArrayNode();
        checkConnectionReuse(requests, results);
        for (int size : new int[] {1_000, 10_000, 50_000}) {
            results.add(snapshotFootprint(size));
        }
        Files.writeString(Path.of(args[0]), MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(results));
    }

    /** Sends {@code requests} sequential list calls per client and counts the TCP connections the server accepted. */
    private static void checkConnectionReuse(int requests, ArrayNode results) throws Exception {
        try (CannedApiServer server = CannedApiServer.start(Fleet.listBody(10));
                RawApiClient raw = new RawApiClient(server.baseUrl(), BenchmarkRoutes.API_KEY)) {
            CamelContext context = BenchmarkRoutes.start(server.baseUrl());
            try (ProducerTemplate template = context.createProducerTemplate()) {
                Endpoint list = context.getEndpoint(
                        BenchmarkRoutes.lambdaCloudUri(server.baseUrl(), "instances?operation=list"));

                server.resetCounts();
                for (int i = 0; i < requests; i++) {
                    template.requestBody(list, (Object) null);
                }
                results.add(reuse("lambdaCloudProducer", server));

                server.resetCounts();
                for (int i = 0; i < requests; i++) {
                    raw.listInstances();
                }
                results.add(reuse("rawClient", server));

                server.resetCounts();
                for (int i = 0; i < requests; i++) {
                    template.requestBody(BenchmarkRoutes.CAMEL_HTTP_LIST, (Object) null);
                }
                results.add(reuse("camelHttpRoute", server));
            } finally {
                context.close();
            }
        }
    }

    private static ObjectNode reuse(String client, CannedApiServer server) {
        ObjectNode result = MAPPER.createObjectNode();
        result.put("check", "connectionReuse");
        result.put("client", client);
        result.put("requests", server.requests());
        result.put("connections", server.connections());
        result.put("reuse", 1.0 - (double) server.connections() / server.requests());
        System.out.printf("connection reuse, %s: %d requests over %d connections%n", client, server.requests(),
                server.connections());
        return result;
    }

    /**
     * Measures the heap a snapshot of {@code size} parsed instances retains, two ways: JOL's walk of the object graph
     * reachable from the snapshot, and the drop in used heap after a full GC when the snapshot is released.
     */
    private static ObjectNode snapshotFootprint(int size) throws IOException {
        ObjectReader listReader = JsonMapping.newObjectMapper()
                .readerFor(RawApiClient.InstanceList.class);
        List<Instance> parsed = listReader.<RawApiClient.InstanceList>readValue(Fleet.listBody(size)).data();
        InstanceSnapshot snapshot = InstanceSnapshot.of(parsed);
        parsed = null;

        long graphBytes = GraphLayout.parseInstance(snapshot).totalSize();

        long withSnapshot = usedHeapAfterGc();
        snapshot = null;
        long withoutSnapshot = usedHeapAfterGc();
        long heapDelta = withSnapshot - withoutSnapshot;

        ObjectNode result = MAPPER.createObjectNode();
        result.put("check", "snapshotFootprint");
        result.put("instances", size);
        result.put("jolBytesPerInstance", (double) graphBytes / size);
        result.put("heapDeltaBytesPerInstance", (double) heapDelta / size);
        System.out.printf("snapshot of %d instances: %.0f bytes per instance (JOL), %.0f (heap delta after GC)%n",
                size, (double) graphBytes / size, (double) heapDelta / size);
        return result;
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}

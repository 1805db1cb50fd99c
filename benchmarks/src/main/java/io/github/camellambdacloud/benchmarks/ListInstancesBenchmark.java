package io.github.camellambdacloud.benchmarks;

import io.github.camellambdacloud.client.Instance;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code GET /instances} with 100 instances, from one thread, against the same canned server in each fork: the
 * transport alone (the floor), raw HttpClient 5 with Jackson (the baseline), the lambdacloud producer, and a
 * camel-http route that unmarshals with camel-jackson into the same records.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 4, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Dsun.net.httpserver.nodelay=true", "-Xmx1g"})
@State(Scope.Benchmark)
public class ListInstancesBenchmark {

    static final int INSTANCES = 100;

    private HttpPeers peers;
    private RawApiClient raw;
    private ProducerTemplate template;
    private Endpoint lambdaCloudList;

    @Setup(Level.Trial)
    public void start() throws Exception {
        peers = HttpPeers.start(Fleet.listBody(INSTANCES));
        raw = peers.raw();
        template = peers.template();
        lambdaCloudList = peers.lambdaCloudEndpoint("instances?operation=list");

        checkSize(raw.listInstances());
        checkSize(lambdaCloudProducer());
        checkSize(camelHttpRoute());
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        peers.close();
    }

    /** Sends the request and reads the body without parsing it: the floor under every other score. */
    @Benchmark
    public long transportOnly() throws Exception {
        return raw.listInstancesUnparsed();
    }

    @Benchmark
    public List<Instance> rawClient() throws Exception {
        return raw.listInstances();
    }

    @Benchmark
    public List<Instance> lambdaCloudProducer() {
        return castList(template.requestBody(lambdaCloudList, (Object) null));
    }

    @Benchmark
    public List<Instance> camelHttpRoute() {
        return castList(template.requestBody(BenchmarkRoutes.CAMEL_HTTP_LIST, (Object) null));
    }

    @SuppressWarnings("unchecked")
    private static List<Instance> castList(Object body) {
        return (List<Instance>) body;
    }

    private static void checkSize(List<Instance> instances) {
        if (instances.size() != INSTANCES || instances.get(INSTANCES - 1).instanceType() == null) {
            throw new IllegalStateException("Expected " + INSTANCES + " parsed instances, got " + instances.size());
        }
    }
}

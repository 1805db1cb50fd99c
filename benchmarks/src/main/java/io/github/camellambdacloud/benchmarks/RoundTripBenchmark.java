package io.github.camellambdacloud.benchmarks;

import io.github.camellambdacloud.client.Instance;
import io.github.camellambdacloud.client.LaunchOutcome;
import io.github.camellambdacloud.client.LaunchRequest;
import io.github.camellambdacloud.client.LaunchResult;
import io.github.camellambdacloud.client.TerminateOutcome;
import io.github.camellambdacloud.component.LambdaCloudConstants;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.ProcessorEndpoint;
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
 * One instance's life as three calls, launch, get and terminate, against canned answers: through the lambdacloud
 * producer, through the raw HttpClient 5 baseline, and through the raw client inside Camel. The server responds at
 * once, so the score is the clients' own cost plus three loopback round trips.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 4, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Dsun.net.httpserver.nodelay=true", "-Xmx1g"})
@State(Scope.Benchmark)
public class RoundTripBenchmark {

    private static final String REGION = "us-east-1";
    private static final String INSTANCE_TYPE = "gpu_1x_a10";
    private static final String SSH_KEY = "ops-key";
    private static final Map<String, Object> LAUNCH_HEADERS = Map.of(
            LambdaCloudConstants.REGION_NAME, REGION,
            LambdaCloudConstants.INSTANCE_TYPE_NAME, INSTANCE_TYPE,
            LambdaCloudConstants.SSH_KEY_NAME, SSH_KEY);

    private HttpPeers peers;
    private RawApiClient raw;
    private ProducerTemplate template;
    private Endpoint launch;
    private Endpoint get;
    private Endpoint terminate;
    private Endpoint rawLaunch;
    private Endpoint rawGet;
    private Endpoint rawTerminate;
    private LaunchRequest launchRequest;

    @Setup(Level.Trial)
    public void start() throws Exception {
        peers = HttpPeers.start(Fleet.listBody(1));
        raw = peers.raw();
        template = peers.template();
        CamelContext context = peers.context();
        launch = peers.lambdaCloudEndpoint("instances?operation=launch");
        get = peers.lambdaCloudEndpoint("instances?operation=get");
        terminate = peers.lambdaCloudEndpoint("instances?operation=terminate");
        launchRequest = LaunchRequest.builder(REGION, INSTANCE_TYPE, SSH_KEY).build();
        rawLaunch = new ProcessorEndpoint("raw:launch", context, exchange -> exchange.getMessage()
                .setBody(raw.launchInstance(launchRequest).instanceIds().get(0)));
        rawGet = new ProcessorEndpoint("raw:get", context, exchange -> exchange.getMessage()
                .setBody(raw.getInstance(exchange.getMessage().getHeader(LambdaCloudConstants.INSTANCE_ID,
                        String.class))));
        rawTerminate = new ProcessorEndpoint("raw:terminate", context, exchange -> exchange.getMessage()
                .setBody(raw.terminateInstances(exchange.getMessage().getHeader(LambdaCloudConstants.INSTANCE_IDS,
                        List.class)).get(0)));

        checkTerminated(rawClient());
        checkTerminated(lambdaCloudProducer());
        checkTerminated(rawClientInCamel());
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        peers.close();
    }

    @Benchmark
    public Instance rawClient() throws Exception {
        LaunchResult launched = raw.launchInstance(launchRequest);
        String id = launched.instanceIds().get(0);
        Instance instance = raw.getInstance(id);
        return raw.terminateInstances(List.of(instance.id())).get(0);
    }

    @Benchmark
    public Instance lambdaCloudProducer() {
        // The producer builds the launch request from headers, as a route usually does.
        String id = template.requestBodyAndHeaders(launch, null, LAUNCH_HEADERS, LaunchOutcome.class).instanceId();
        Instance instance = template.requestBodyAndHeader(get, null, LambdaCloudConstants.INSTANCE_ID, id,
                Instance.class);
        TerminateOutcome terminated = template.requestBodyAndHeader(terminate, null,
                LambdaCloudConstants.INSTANCE_IDS, List.of(instance.id()), TerminateOutcome.class);
        return terminated.instances().get(0);
    }

    /**
     * Runs the raw client's three calls, each inside a Camel request like the producer's: the same template calls
     * with the same headers, to endpoints whose producer only runs the raw call. Camel's own cost is this over
     * {@link #rawClient}, and the connector's own work is {@link #lambdaCloudProducer} over this. Only the paired
     * ratios run it, which keeps the JMH run short.
     */
    public Instance rawClientInCamel() {
        String id = template.requestBodyAndHeaders(rawLaunch, null, LAUNCH_HEADERS, String.class);
        Instance instance = template.requestBodyAndHeader(rawGet, null, LambdaCloudConstants.INSTANCE_ID, id,
                Instance.class);
        return template.requestBodyAndHeader(rawTerminate, null, LambdaCloudConstants.INSTANCE_IDS,
                List.of(instance.id()), Instance.class);
    }

    private static void checkTerminated(Instance instance) {
        if (!"terminating".equals(instance.status().value())) {
            throw new IllegalStateException("Expected a terminating instance, got " + instance);
        }
    }
}

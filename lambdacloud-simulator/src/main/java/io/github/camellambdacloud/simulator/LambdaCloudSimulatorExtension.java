package io.github.camellambdacloud.simulator;

import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension that starts a simulator before all tests of a class and stops it after them.
 * Register it on a {@code static} field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final LambdaCloudSimulatorExtension SIMULATOR = new LambdaCloudSimulatorExtension(
 *         LambdaCloudSimulator.builder().apiKey("secret").manualClock()).resetBeforeEach();
 * }</pre>
 *
 * <p>On a non-static field JUnit never calls the before-all callback, so the extension then starts the
 * simulator before the first test and leaves it running until the JVM exits.
 */
public final class LambdaCloudSimulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private final LambdaCloudSimulator simulator;
    private boolean resetBeforeEach;
    private boolean started;

    /** Creates an extension for a simulator built from {@code builder}. */
    public LambdaCloudSimulatorExtension(LambdaCloudSimulator.Builder builder) {
        this.simulator = Objects.requireNonNull(builder, "builder").build();
    }

    /** Makes every test start from the builder's state; see {@link LambdaCloudSimulator#reset()}. */
    public LambdaCloudSimulatorExtension resetBeforeEach() {
        this.resetBeforeEach = true;
        return this;
    }

    /** Returns the simulator; it is running between the before-all and after-all callbacks. */
    public LambdaCloudSimulator simulator() {
        return simulator;
    }

    /** Returns the running simulator's base URL, {@code http://127.0.0.1:<port>/api/v1}. */
    public String baseUrl() {
        return simulator.baseUrl();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        startOnce();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        startOnce();
        if (resetBeforeEach) {
            simulator.reset();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        simulator.close();
        started = false;
    }

    private synchronized void startOnce() {
        if (!started) {
            simulator.start();
            started = true;
        }
    }
}

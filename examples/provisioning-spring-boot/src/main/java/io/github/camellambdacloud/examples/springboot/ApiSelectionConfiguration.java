package io.github.camellambdacloud.examples.springboot;

import io.github.camellambdacloud.component.LambdaCloudComponent;
import io.github.camellambdacloud.simulator.LambdaCloudSimulator;
import java.time.Duration;
import org.apache.camel.spi.ComponentCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Chooses the API the example talks to. Without {@code camel.component.lambdacloud.api-key} it starts the embedded
 * simulator on 127.0.0.1 and points the component at it. With a key it talks to the real API, which launches billed
 * machines, so startup fails unless {@code example.real-api=true} and {@code example.ssh-key-name} are set.
 */
@Configuration(proxyBeanMethods = false)
class ApiSelectionConfiguration {

    static final String API_KEY_PROPERTY = "camel.component.lambdacloud.api-key";

    private static final Logger LOG = LoggerFactory.getLogger(ApiSelectionConfiguration.class);

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoApiKey.class)
    static class SimulatorConnection {

        /**
         * Starts the simulator with a clock {@code timeScale} times faster than real time, and registers the SSH key
         * that {@code example.ssh-key-name} names by default.
         */
        @Bean(destroyMethod = "close")
        LambdaCloudSimulator lambdaCloudSimulator(@Value("${example.simulator.time-scale:20}") double timeScale) {
            LambdaCloudSimulator simulator = LambdaCloudSimulator.builder()
                    .timeScale(timeScale)
                    .bootTime(Duration.ofMinutes(2))
                    .terminateTime(Duration.ofSeconds(30))
                    .lingerTime(Duration.ofSeconds(20))
                    .build()
                    .start();
            simulator.addSshKey("example-key",
                    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyForTheSimulator example");
            LOG.info("No {} is set; started the embedded Lambda Cloud simulator at {}", API_KEY_PROPERTY,
                    simulator.baseUrl());
            return simulator;
        }

        /** Points the component at the simulator; it runs after the starter's customizer, so it wins. */
        @Bean
        ComponentCustomizer simulatorComponentCustomizer(LambdaCloudSimulator simulator) {
            return ComponentCustomizer.forType(LambdaCloudComponent.class, component -> {
                component.getConfiguration().setApiKey(simulator.apiKey());
                component.getConfiguration().setBaseUrl(simulator.baseUrl());
            });
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(ApiKeyConfigured.class)
    static class RealApiConnection {

        RealApiConnection(Environment environment) {
            if (!environment.getProperty("example.real-api", Boolean.class, false)) {
                throw new IllegalStateException(API_KEY_PROPERTY + " is set, so a job would launch a real, billed GPU"
                        + " machine. Set example.real-api=true to do that, or remove the key to use the embedded"
                        + " simulator.");
            }
            if (!StringUtils.hasText(environment.getProperty("example.ssh-key-name"))) {
                throw new IllegalStateException("Missing example.ssh-key-name: name the SSH key of your Lambda Cloud"
                        + " account to install on launched machines.");
            }
            long pollDelay = environment.getProperty("example.poll-delay", Long.class, 0L);
            if (pollDelay < 10_000) {
                LOG.warn("example.poll-delay={} ms polls the real API often, and the account allows about one"
                        + " request per second for all calls; set it to 10000 or more.", pollDelay);
            }
        }
    }

    static final class NoApiKey implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty(API_KEY_PROPERTY));
        }
    }

    static final class ApiKeyConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty(API_KEY_PROPERTY));
        }
    }
}

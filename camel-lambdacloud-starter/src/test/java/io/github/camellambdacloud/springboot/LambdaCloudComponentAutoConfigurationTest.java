package io.github.camellambdacloud.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellambdacloud.client.AuthScheme;
import io.github.camellambdacloud.component.LambdaCloudComponent;
import io.github.camellambdacloud.component.LambdaCloudConfiguration;
import io.github.camellambdacloud.component.LambdaCloudOperation;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class LambdaCloudComponentAutoConfigurationTest {

    private static final String CUSTOMIZER_BEAN = "lambdaCloudComponentCustomizer";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    CamelAutoConfiguration.class, LambdaCloudComponentAutoConfiguration.class));

    @Test
    void defaultsMatchComponentDefaults() {
        LambdaCloudConfiguration componentDefaults = new LambdaCloudConfiguration();
        LambdaCloudComponent plainComponent = new LambdaCloudComponent();

        runner.run(context -> {
            LambdaCloudComponent component = lambdaCloud(context);
            LambdaCloudConfiguration configuration = component.getConfiguration();

            assertThat(context).hasBean(CUSTOMIZER_BEAN);
            assertThat(configuration.getApiKey()).isNull();
            assertThat(configuration.getBaseUrl()).isEqualTo(componentDefaults.getBaseUrl());
            assertThat(configuration.getAuthScheme()).isEqualTo(componentDefaults.getAuthScheme());
            assertThat(configuration.isAllowInsecureHttp()).isEqualTo(componentDefaults.isAllowInsecureHttp());
            assertThat(configuration.getConnectTimeout()).isEqualTo(componentDefaults.getConnectTimeout());
            assertThat(configuration.getResponseTimeout()).isEqualTo(componentDefaults.getResponseTimeout());
            assertThat(configuration.getRequestInterval()).isEqualTo(componentDefaults.getRequestInterval());
            assertThat(configuration.getLaunchInterval()).isEqualTo(componentDefaults.getLaunchInterval());
            assertThat(configuration.getRetryMaxAttempts()).isEqualTo(componentDefaults.getRetryMaxAttempts());
            assertThat(configuration.getRetryInitialBackoff()).isEqualTo(componentDefaults.getRetryInitialBackoff());
            assertThat(configuration.getRetryMaxBackoff()).isEqualTo(componentDefaults.getRetryMaxBackoff());
            assertThat(configuration.getRetryMaxElapsed()).isEqualTo(componentDefaults.getRetryMaxElapsed());
            assertThat(configuration.getMaxConfirmationsPerPoll())
                    .isEqualTo(componentDefaults.getMaxConfirmationsPerPoll());
            assertThat(configuration.getOperation()).isEqualTo(componentDefaults.getOperation());
            assertThat(configuration.getAuditEventMaxPages()).isEqualTo(componentDefaults.getAuditEventMaxPages());
            assertThat(configuration.isEmitInitialState()).isEqualTo(componentDefaults.isEmitInitialState());
            assertThat(component.isLazyStartProducer()).isEqualTo(plainComponent.isLazyStartProducer());
            assertThat(component.isBridgeErrorHandler()).isEqualTo(plainComponent.isBridgeErrorHandler());
            assertThat(component.isAutowiredEnabled()).isEqualTo(plainComponent.isAutowiredEnabled());
            assertThat(component.isHealthCheckConsumerEnabled())
                    .isEqualTo(plainComponent.isHealthCheckConsumerEnabled());
            assertThat(component.isHealthCheckProducerEnabled())
                    .isEqualTo(plainComponent.isHealthCheckProducerEnabled());
        });
    }

    @Test
    void everyPropertyReachesComponent() {
        runner.withPropertyValues(
                        "camel.component.lambdacloud.api-key=secret-key",
                        "camel.component.lambdacloud.base-url=http://127.0.0.1:9/api/v1",
                        "camel.component.lambdacloud.auth-scheme=basic",
                        "camel.component.lambdacloud.allow-insecure-http=true",
                        "camel.component.lambdacloud.connect-timeout=2500ms",
                        "camel.component.lambdacloud.response-timeout=2m",
                        "camel.component.lambdacloud.request-interval=1500ms",
                        "camel.component.lambdacloud.launch-interval=15s",
                        "camel.component.lambdacloud.retry-max-attempts=6",
                        "camel.component.lambdacloud.retry-initial-backoff=250ms",
                        "camel.component.lambdacloud.retry-max-backoff=10s",
                        "camel.component.lambdacloud.retry-max-elapsed=1m",
                        "camel.component.lambdacloud.max-confirmations-per-poll=5",
                        "camel.component.lambdacloud.operation=terminate",
                        "camel.component.lambdacloud.instance-id=0920582c7ff041399e34823a0be62549",
                        "camel.component.lambdacloud.region-name=us-east-1",
                        "camel.component.lambdacloud.instance-type-name=gpu_1x_a10",
                        "camel.component.lambdacloud.ssh-key-name=deploy",
                        "camel.component.lambdacloud.image-family=lambda-stack-24-04",
                        "camel.component.lambdacloud.cluster-id=cluster-7",
                        "camel.component.lambdacloud.audit-event-max-pages=4",
                        "camel.component.lambdacloud.emit-initial-state=true",
                        "camel.component.lambdacloud.dry-run=true",
                        "camel.component.lambdacloud.max-price-cents-per-hour=150",
                        "camel.component.lambdacloud.max-running-instances=3",
                        "camel.component.lambdacloud.launch-reconcile-timeout=90s",
                        "camel.component.lambdacloud.wait-for-active=true",
                        "camel.component.lambdacloud.wait-for-termination=true",
                        "camel.component.lambdacloud.wait-timeout=45m",
                        "camel.component.lambdacloud.wait-poll-interval=15s",
                        "camel.component.lambdacloud.unhealthy-timeout=10m",
                        "camel.component.lambdacloud.status-filter=active,terminated",
                        "camel.component.lambdacloud.region-filter=us-west-1",
                        "camel.component.lambdacloud.instance-type-filter=gpu_8x_h100_sxm5",
                        "camel.component.lambdacloud.name-pattern=train-.*",
                        "camel.component.lambdacloud.tag-filter=team=ml",
                        "camel.component.lambdacloud.state-key=watcher-1",
                        "camel.component.lambdacloud.lazy-start-producer=true",
                        "camel.component.lambdacloud.bridge-error-handler=true",
                        "camel.component.lambdacloud.autowired-enabled=false",
                        "camel.component.lambdacloud.health-check-consumer-enabled=false",
                        "camel.component.lambdacloud.health-check-producer-enabled=false")
                .run(context -> {
                    LambdaCloudComponent component = lambdaCloud(context);
                    LambdaCloudConfiguration configuration = component.getConfiguration();

                    assertThat(configuration.getApiKey()).isEqualTo("secret-key");
                    assertThat(configuration.getBaseUrl()).isEqualTo("http://127.0.0.1:9/api/v1");
                    assertThat(configuration.getAuthScheme()).isEqualTo(AuthScheme.BASIC);
                    assertThat(configuration.isAllowInsecureHttp()).isTrue();
                    assertThat(configuration.getConnectTimeout()).isEqualTo(2_500L);
                    assertThat(configuration.getResponseTimeout()).isEqualTo(120_000L);
                    assertThat(configuration.getRequestInterval()).isEqualTo(1_500L);
                    assertThat(configuration.getLaunchInterval()).isEqualTo(15_000L);
                    assertThat(configuration.getRetryMaxAttempts()).isEqualTo(6);
                    assertThat(configuration.getRetryInitialBackoff()).isEqualTo(250L);
                    assertThat(configuration.getRetryMaxBackoff()).isEqualTo(10_000L);
                    assertThat(configuration.getRetryMaxElapsed()).isEqualTo(60_000L);
                    assertThat(configuration.getMaxConfirmationsPerPoll()).isEqualTo(5);
                    assertThat(configuration.getOperation()).isEqualTo(LambdaCloudOperation.terminate);
                    assertThat(configuration.getInstanceId()).isEqualTo("0920582c7ff041399e34823a0be62549");
                    assertThat(configuration.getRegionName()).isEqualTo("us-east-1");
                    assertThat(configuration.getInstanceTypeName()).isEqualTo("gpu_1x_a10");
                    assertThat(configuration.getSshKeyName()).isEqualTo("deploy");
                    assertThat(configuration.getImageFamily()).isEqualTo("lambda-stack-24-04");
                    assertThat(configuration.getClusterId()).isEqualTo("cluster-7");
                    assertThat(configuration.getAuditEventMaxPages()).isEqualTo(4);
                    assertThat(configuration.isEmitInitialState()).isTrue();
                    assertThat(configuration.isDryRun()).isTrue();
                    assertThat(configuration.getMaxPriceCentsPerHour()).isEqualTo(150);
                    assertThat(configuration.getMaxRunningInstances()).isEqualTo(3);
                    assertThat(configuration.getLaunchReconcileTimeout()).isEqualTo(90_000L);
                    assertThat(configuration.isWaitForActive()).isTrue();
                    assertThat(configuration.isWaitForTermination()).isTrue();
                    assertThat(configuration.getWaitTimeout()).isEqualTo(2_700_000L);
                    assertThat(configuration.getWaitPollInterval()).isEqualTo(15_000L);
                    assertThat(configuration.getUnhealthyTimeout()).isEqualTo(600_000L);
                    assertThat(configuration.getStatusFilter()).isEqualTo("active,terminated");
                    assertThat(configuration.getRegionFilter()).isEqualTo("us-west-1");
                    assertThat(configuration.getInstanceTypeFilter()).isEqualTo("gpu_8x_h100_sxm5");
                    assertThat(configuration.getNamePattern()).isEqualTo("train-.*");
                    assertThat(configuration.getTagFilter()).isEqualTo("team=ml");
                    assertThat(configuration.getStateKey()).isEqualTo("watcher-1");
                    assertThat(component.isLazyStartProducer()).isTrue();
                    assertThat(component.isBridgeErrorHandler()).isTrue();
                    assertThat(component.isAutowiredEnabled()).isFalse();
                    assertThat(component.isHealthCheckConsumerEnabled()).isFalse();
                    assertThat(component.isHealthCheckProducerEnabled()).isFalse();
                });
    }

    @Test
    void durationWithoutUnitIsMilliseconds() {
        runner.withPropertyValues(
                        "camel.component.lambdacloud.connect-timeout=750",
                        "camel.component.lambdacloud.response-timeout=PT1.5S")
                .run(context -> {
                    LambdaCloudConfiguration configuration = lambdaCloud(context).getConfiguration();

                    assertThat(configuration.getConnectTimeout()).isEqualTo(750L);
                    assertThat(configuration.getResponseTimeout()).isEqualTo(1_500L);
                });
    }

    @Test
    void userComponentBeanWins() {
        runner.withUserConfiguration(UserComponentConfiguration.class)
                .withPropertyValues("camel.component.lambdacloud.api-key=property-key")
                .run(context -> {
                    LambdaCloudComponent component = lambdaCloud(context);

                    assertThat(context).doesNotHaveBean(CUSTOMIZER_BEAN);
                    assertThat(component).isSameAs(context.getBean("lambdacloud"));
                    assertThat(component.getConfiguration().getApiKey()).isEqualTo("user-key");
                });
    }

    @Test
    void userCustomizerWinsOverProperties() {
        runner.withUserConfiguration(UserCustomizerConfiguration.class)
                .withPropertyValues("camel.component.lambdacloud.api-key=property-key")
                .run(context -> {
                    LambdaCloudConfiguration configuration = lambdaCloud(context).getConfiguration();

                    assertThat(configuration.getApiKey()).isEqualTo("customizer-key");
                });
    }

    @Test
    void userCustomizerAppliesWithProperties() {
        runner.withUserConfiguration(UserCustomizerConfiguration.class)
                .withPropertyValues("camel.component.lambdacloud.region-name=us-east-1")
                .run(context -> {
                    LambdaCloudConfiguration configuration = lambdaCloud(context).getConfiguration();

                    assertThat(configuration.getRegionName()).isEqualTo("us-east-1");
                    assertThat(configuration.getApiKey()).isEqualTo("customizer-key");
                });
    }

    @Test
    void disabledComponentSkipsAutoConfiguration() {
        runner.withPropertyValues(
                        "camel.component.lambdacloud.enabled=false",
                        "camel.component.lambdacloud.api-key=property-key")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(CUSTOMIZER_BEAN);
                    assertThat(context).doesNotHaveBean(LambdaCloudComponentConfiguration.class);
                    assertThat(lambdaCloud(context).getConfiguration().getApiKey()).isNull();
                });
    }

    @Test
    void disabledComponentsSkipAutoConfiguration() {
        runner.withPropertyValues(
                        "camel.component.enabled=false", "camel.component.lambdacloud.api-key=property-key")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(CUSTOMIZER_BEAN);
                    assertThat(lambdaCloud(context).getConfiguration().getApiKey()).isNull();
                });
    }

    @Test
    void disabledCustomizerKeepsDefaults() {
        runner.withPropertyValues(
                        "camel.component.lambdacloud.customizer.enabled=false",
                        "camel.component.lambdacloud.api-key=property-key")
                .run(context -> {
                    assertThat(context).hasBean(CUSTOMIZER_BEAN);
                    assertThat(lambdaCloud(context).getConfiguration().getApiKey()).isNull();
                });
    }

    @Test
    void missingApiKeyFailsStartup() {
        runner.withUserConfiguration(ListInstancesRouteConfiguration.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure())).isInstanceOf(IllegalArgumentException.class);
            assertThat(rootCause(context.getStartupFailure()))
                    .hasMessageContaining("Missing apiKey for lambdacloud:instances");
            assertThat(rootCause(context.getStartupFailure()))
                    .hasMessageContaining("camel.component.lambdacloud.api-key");
        });
    }

    @Test
    void blankApiKeyFailsStartup() {
        runner.withUserConfiguration(ListInstancesRouteConfiguration.class)
                .withPropertyValues("camel.component.lambdacloud.api-key=")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(rootCause(context.getStartupFailure()))
                            .hasMessageContaining("Missing apiKey for lambdacloud:instances");
                });
    }

    @Test
    void lazyProducerStillFailsWithoutKey() {
        // The endpoint, not the producer, builds the client, and Camel starts endpoints with their routes.
        runner.withUserConfiguration(ListInstancesRouteConfiguration.class)
                .withPropertyValues("camel.component.lambdacloud.lazy-start-producer=true")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(rootCause(context.getStartupFailure()))
                            .hasMessageContaining("Missing apiKey for lambdacloud:instances");
                });
    }

    private static LambdaCloudComponent lambdaCloud(AssertableApplicationContext context) {
        return context.getBean(CamelContext.class).getComponent("lambdacloud", LambdaCloudComponent.class);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Configuration(proxyBeanMethods = false)
    static class UserComponentConfiguration {

        @Bean("lambdacloud")
        LambdaCloudComponent lambdaCloudComponent() {
            LambdaCloudComponent component = new LambdaCloudComponent();
            component.getConfiguration().setApiKey("user-key");
            return component;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserCustomizerConfiguration {

        @Bean
        ComponentCustomizer apiKeyCustomizer() {
            return ComponentCustomizer.forType(
                    LambdaCloudComponent.class, component -> component.getConfiguration().setApiKey("customizer-key"));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class ListInstancesRouteConfiguration {

        @Bean
        RouteBuilder listInstancesRoute() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:listInstances").to("lambdacloud:instances?operation=list");
                }
            };
        }
    }
}

package io.github.camellambdacloud.springboot;

import io.github.camellambdacloud.component.LambdaCloudComponent;
import org.apache.camel.Component;
import org.apache.camel.Ordered;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * Applies the {@code camel.component.lambdacloud.*} properties to the {@code lambdacloud} component that Camel creates.
 *
 * <p>It backs off when the application defines its own {@link LambdaCloudComponent} bean, and the properties are then
 * not applied to that bean. Application {@link ComponentCustomizer} beans run after this one, so they win over the
 * properties. {@code camel.component.lambdacloud.enabled=false} (or {@code camel.component.enabled=false}) turns the
 * whole auto-configuration off.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({"camel.component", "camel.component.lambdacloud"})
@EnableConfigurationProperties({ComponentConfigurationProperties.class, LambdaCloudComponentConfiguration.class})
public class LambdaCloudComponentAutoConfiguration {

    private final Environment environment;
    private final LambdaCloudComponentConfiguration configuration;

    // The CamelContext comes from the customizer's target, because injecting it here creates a dependency cycle
    // under Spring Boot 4's background bean initialization.
    public LambdaCloudComponentAutoConfiguration(
            Environment environment, LambdaCloudComponentConfiguration configuration) {
        this.environment = environment;
        this.configuration = configuration;
    }

    @Lazy
    @Bean
    @ConditionalOnMissingBean(LambdaCloudComponent.class)
    public ComponentCustomizer lambdaCloudComponentCustomizer() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.copyProperties(target.getCamelContext(), configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return target instanceof LambdaCloudComponent
                        && HierarchicalPropertiesEvaluator.evaluate(
                                environment, "camel.component.customizer", "camel.component.lambdacloud.customizer");
            }

            // Camel applies customizers in ascending order, so every application customizer runs later and wins.
            @Override
            public int getOrder() {
                return Ordered.HIGHEST;
            }
        };
    }
}

package dev.priceflow.kit.web;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Puts the correlation id into every log line ({@code [rid=...]} before the logger name) unless the service
 * sets {@code logging.pattern.correlation} itself. Runs before logging is initialized; lowest precedence.
 */
public class CorrelationLogPattern implements EnvironmentPostProcessor {

    static final String PROPERTY = "logging.pattern.correlation";
    static final String PATTERN = "[rid=%X{" + CorrelationId.KEY + ":-}] ";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("priceflow-correlation-log-pattern",
                Map.of(PROPERTY, PATTERN)));
    }
}

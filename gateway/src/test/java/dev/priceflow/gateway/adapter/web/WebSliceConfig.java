package dev.priceflow.gateway.adapter.web;

import dev.priceflow.gateway.edge.EdgeConfig;
import dev.priceflow.gateway.support.FakePorts;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** What every web slice test needs besides its controller: the real security and error handling, fake ports. */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfig.class, EdgeConfig.class, ProblemExceptionHandler.class, RouteFallbacks.class, FakePorts.class})
public class WebSliceConfig {
}

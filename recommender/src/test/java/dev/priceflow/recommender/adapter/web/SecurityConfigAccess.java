package dev.priceflow.recommender.adapter.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Lets web slice tests in other packages import the package-private {@link SecurityConfig}. */
@Configuration(proxyBeanMethods = false)
@Import(SecurityConfig.class)
public class SecurityConfigAccess {
}

package dev.priceflow.pricing.adapter.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The service's real security rules and problem handler, for web slice tests of other feature packages. */
@TestConfiguration
@Import({SecurityConfig.class, ProblemHandler.class})
public class PromotionWebSlice {
}

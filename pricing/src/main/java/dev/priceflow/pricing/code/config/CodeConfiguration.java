package dev.priceflow.pricing.code.config;

import dev.priceflow.pricing.code.application.CodeAdmin;
import dev.priceflow.pricing.code.application.CodeStore;
import dev.priceflow.pricing.code.domain.CodeGenerator;
import dev.priceflow.pricing.config.PricingProperties;
import dev.priceflow.pricing.promotion.application.ChangeNotifier;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires codes and limits; the database timeout is {@code priceflow.pricing.timeouts.database}. */
@Configuration(proxyBeanMethods = false)
class CodeConfiguration {

    @Bean
    CodeAdmin codeAdmin(CodeStore store, ChangeNotifier notifier, PricingProperties properties, Clock clock) {
        return new CodeAdmin(store, notifier, CodeGenerator.secure(), properties.timeouts().database(), clock);
    }
}

package dev.priceflow.kit.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/** Every reactive service's security filter chain uses {@link HeaderFirewall#strict()} unless it defines its own. */
@AutoConfiguration
@ConditionalOnClass(StrictServerWebExchangeFirewall.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class HeaderFirewallAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(ServerWebExchangeFirewall.class)
    ServerWebExchangeFirewall headerFirewall() {
        return HeaderFirewall.strict();
    }
}

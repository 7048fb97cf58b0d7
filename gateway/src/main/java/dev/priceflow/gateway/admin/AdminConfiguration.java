package dev.priceflow.gateway.admin;

import dev.priceflow.gateway.admin.adapter.keycloak.KeycloakDirectory;
import dev.priceflow.gateway.admin.adapter.keycloak.UnconfiguredDirectory;
import dev.priceflow.gateway.admin.adapter.redis.RedisAuditLog;
import dev.priceflow.gateway.admin.application.AuditLog;
import dev.priceflow.gateway.admin.application.Directory;
import dev.priceflow.gateway.admin.application.ManageAccess;
import jakarta.ws.rs.client.ClientBuilder;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.OAuth2Constants;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** Wires the admin API: Keycloak's admin client (service account of priceflow-gateway) and the audit stream. */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

    @Bean
    AdminProperties adminProperties(
            @Value("${priceflow.gateway.admin.keycloak-url:${PRICEFLOW_KEYCLOAK:http://127.0.0.1:8180}}") URI url,
            @Value("${priceflow.gateway.admin.realm:priceflow}") String realm,
            @Value("${priceflow.gateway.admin.client-id:priceflow-gateway}") String clientId,
            @Value("${priceflow.gateway.admin.client-secret:${PRICEFLOW_GATEWAY_CLIENT_SECRET:}}") String secret,
            @Value("${priceflow.gateway.admin.connect-timeout:2s}") Duration connectTimeout,
            @Value("${priceflow.gateway.admin.call-timeout:5s}") Duration callTimeout,
            @Value("${priceflow.gateway.admin.audit-timeout:1s}") Duration auditTimeout) {
        return new AdminProperties(url, realm, clientId, secret, connectTimeout, callTimeout, auditTimeout);
    }

    @Bean(destroyMethod = "close")
    Keycloak keycloakAdmin(AdminProperties p) {
        // Socket timeouts sit inside the reactive timeout so a blocked thread is released soon after.
        var http = ClientBuilder.newBuilder()
                .connectTimeout(p.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(p.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .register(new JacksonProvider(), 100)
                .build();
        return KeycloakBuilder.builder()
                .serverUrl(p.keycloakUrl().toString())
                .realm(p.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(p.clientId())
                .clientSecret(p.configured() ? p.clientSecret() : "unset")
                .resteasyClient(http)
                .build();
    }

    @Bean
    Directory adminDirectory(Keycloak keycloak, AdminProperties p) {
        return p.configured() ? new KeycloakDirectory(keycloak, p.realm(), p.callTimeout())
                : new UnconfiguredDirectory();
    }

    @Bean
    AuditLog adminAuditLog(ReactiveStringRedisTemplate redis, AdminProperties p) {
        return new RedisAuditLog(redis, p.auditTimeout());
    }

    @Bean
    ManageAccess manageAccess(Directory directory, AuditLog audit, Clock clock) {
        return new ManageAccess(directory, audit, clock);
    }
}

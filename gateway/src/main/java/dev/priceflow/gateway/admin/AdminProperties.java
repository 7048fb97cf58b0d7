package dev.priceflow.gateway.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;

/**
 * How the admin API reaches Keycloak and the audit store. Read from {@code priceflow.gateway.admin.*}, falling
 * back to the stack's environment ({@code PRICEFLOW_KEYCLOAK}, {@code PRICEFLOW_GATEWAY_CLIENT_SECRET}).
 * A blank secret leaves the admin API answering 503 (fail closed) rather than stopping the gateway.
 */
public record AdminProperties(@NotNull URI keycloakUrl, @NotBlank String realm, @NotBlank String clientId,
                              String clientSecret, @NotNull Duration connectTimeout, @NotNull Duration callTimeout,
                              @NotNull Duration auditTimeout) {

    public boolean configured() {
        return clientSecret != null && !clientSecret.isBlank();
    }
}

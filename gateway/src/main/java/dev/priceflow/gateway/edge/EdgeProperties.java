package dev.priceflow.gateway.edge;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What the public door accepts ({@code priceflow.gateway.edge.*}): the largest request body, the browser
 * origins allowed to call the API cross-origin (the storefront's; empty = same origin only), and the Keycloak
 * origin the pages talk to (named in the Content-Security-Policy).
 */
@Validated
@ConfigurationProperties("priceflow.gateway.edge")
public record EdgeProperties(@Min(1) long maxBodyBytes, @NotNull List<String> corsOrigins,
                             @NotNull String keycloakOrigin) {
}

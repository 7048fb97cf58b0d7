package dev.priceflow.kit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * Maps Keycloak's realm roles ({@code realm_access.roles}) to Spring authorities {@code ROLE_<name>}, and
 * names the principal by the token's subject (the stable Keycloak user id).
 */
public final class KeycloakRealmRoles implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    public static final String SHOPPER = "shopper";
    public static final String MARKETING = "marketing";
    public static final String ADMIN = "admin";
    /** Service accounts that may read forecasts and elasticities (e.g. pricing's {@code priceflow-pricing}). */
    public static final String FORECAST_READER = "forecast-reader";

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        return Mono.just(new JwtAuthenticationToken(jwt, authorities(jwt), jwt.getSubject()));
    }

    /** Whether the token carries at least one of these realm roles (as {@code hasAnyRole} would decide). */
    public static boolean hasAnyRole(Jwt jwt, Collection<String> roles) {
        Object realmAccess = jwt.getClaims().get("realm_access");
        if (!(realmAccess instanceof Map<?, ?> access) || !(access.get("roles") instanceof Collection<?> held)) {
            return false;
        }
        for (Object role : held) {
            if (role instanceof String name && roles.contains(name)) {
                return true;
            }
        }
        return false;
    }

    static Collection<GrantedAuthority> authorities(Jwt jwt) {
        Object realmAccess = jwt.getClaims().get("realm_access");
        if (!(realmAccess instanceof Map<?, ?> access) || !(access.get("roles") instanceof Collection<?> roles)) {
            return List.of();
        }
        return roles.stream()
                .filter(String.class::isInstance)
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }
}

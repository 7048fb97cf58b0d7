package dev.priceflow.profile.adapter.web;

import dev.priceflow.contracts.api.ShopperProfile;
import dev.priceflow.profile.application.ProfileQuery;
import dev.priceflow.profile.domain.ProfileTotals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@RestController
@RequestMapping("/api/v1/profiles")
@Tag(name = "profiles", description = "Shopper profiles built from behaviour events")
class ProfileController {

    private final ProfileQuery query;

    ProfileController(ProfileQuery query) {
        this.query = query;
    }

    @GetMapping(path = "/me", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The caller's own profile",
            description = "Counts of views, cart adds, purchases and searches, units bought and money spent, "
                    + "for the user named by the token's subject. A user without events gets zero counts.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    @ApiResponse(responseCode = "200", description = "The profile")
    @ApiResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(hidden = true)))
    @ApiResponse(responseCode = "403", description = "Token has none of the roles shopper, marketing, admin",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(hidden = true)))
    @ApiResponse(responseCode = "503", description = "The profile database is unavailable",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(hidden = true)))
    Mono<ShopperProfile> me(Principal principal) {
        // The principal name is the JWT subject (KeycloakRealmRoles): one can only read one's own profile.
        return Mono.fromCallable(() -> query.profileOf(principal.getName()))
                .subscribeOn(Schedulers.boundedElastic())
                .map(ProfileController::toApi);
    }

    static ShopperProfile toApi(ProfileTotals t) {
        return new ShopperProfile(t.userId(), t.views(), t.cartAdds(), t.purchases(), t.searches(),
                t.unitsBought(), t.monetary().toPlainString(), t.currency(), t.lastEventAt());
    }
}

package dev.priceflow.profile.adapter.web;

import dev.priceflow.profile.application.EraseProfile;
import dev.priceflow.profile.application.ProfileQuery;
import dev.priceflow.profile.application.Pseudonym;
import dev.priceflow.profile.domain.BehaviourRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Shopper profiles. The principal name is the JWT subject (KeycloakRealmRoles): {@code /me} endpoints only ever
 * touch the caller's own profile. Roles are enforced by {@link SecurityConfig}; errors by {@link ProfileProblems}.
 */
@RestController
@RequestMapping("/api/v1/profiles")
@Tag(name = "profiles", description = "Shopper profiles built from behaviour events")
class ProfileController {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileController.class);

    private final ProfileQuery query;
    private final EraseProfile erase;
    private final BehaviourRules rules;

    ProfileController(ProfileQuery query, EraseProfile erase, BehaviourRules rules) {
        this.query = query;
        this.erase = erase;
        this.rules = rules;
    }

    @GetMapping(path = "/me", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The caller's own profile", description = "Counts, money spent, RFM, price sensitivity, "
            + "discount affinity, category affinity, recent views and segment. No events: zero counts, not 404.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    Mono<ProfileView> me(Principal principal) {
        return blocking(() -> ProfileView.of(query.profileOf(principal.getName())));
    }

    @GetMapping(path = "/{userId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Any shopper's profile (admin)", description = "404 when no profile is stored.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    Mono<ProfileView> byId(@PathVariable String userId) {
        return blocking(() -> query.stored(userId).map(ProfileView::of)
                .orElseThrow(ProfileProblems.ProfileNotFound::new));
    }

    @GetMapping(path = "/me/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Everything held about the caller, as JSON",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    Mono<ProfileExport> export(Principal principal) {
        return blocking(() -> ProfileExport.of(query.profileOf(principal.getName()), rules.decay()));
    }

    @DeleteMapping("/me")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Erase the caller's profile everywhere", description = "PostgreSQL rows, the Redis hot "
            + "profile, and a tombstone on profile.erasures; events from before the erasure are ignored from then "
            + "on, replays included. Idempotent; 503 when a step failed (repeat it).",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    Mono<Void> eraseMe(Principal principal) {
        return blocking(() -> {
            erase.erase(principal.getName());
            LOG.info("profile erased user={}", Pseudonym.of(principal.getName()));
            return Boolean.TRUE;
        }).then();
    }

    private static <T> Mono<T> blocking(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }
}

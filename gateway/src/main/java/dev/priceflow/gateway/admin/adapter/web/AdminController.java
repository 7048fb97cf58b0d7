package dev.priceflow.gateway.admin.adapter.web;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.gateway.admin.application.AccessOutcome;
import dev.priceflow.gateway.admin.application.Actor;
import dev.priceflow.gateway.admin.application.AdminDependencyException;
import dev.priceflow.gateway.admin.application.AuditLog;
import dev.priceflow.gateway.admin.application.Directory;
import dev.priceflow.gateway.admin.application.ManageAccess;
import dev.priceflow.gateway.admin.domain.AccessChange;
import dev.priceflow.gateway.admin.domain.Role;
import dev.priceflow.gateway.adapter.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** User administration (role admin, enforced by SecurityConfig): search users, grant and revoke roles, audit. */
@RestController
@RequestMapping(value = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminController {

    static final int MAX_PAGE_SIZE = 50;
    static final int MAX_AUDIT_PAGE = 200;
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern STREAM_ID = Pattern.compile("\\d{1,20}-\\d{1,20}");

    private final Directory directory;
    private final AuditLog audit;
    private final ManageAccess access;

    AdminController(Directory directory, AuditLog audit, ManageAccess access) {
        this.directory = directory;
        this.audit = audit;
        this.access = access;
    }

    @Operation(summary = "Search users by username, name or e-mail (blank: all), one page")
    @GetMapping("/users")
    Mono<ResponseEntity<Object>> users(@RequestParam(defaultValue = "") String q,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE || q.length() > 100) {
            return bad("page must be 0 or more, size 1 to " + MAX_PAGE_SIZE + ", q at most 100 characters");
        }
        return handled(directory.search(q, page * size, size).map(p -> ResponseEntity.<Object>ok(
                new AdminJson.UserPage(p.users().stream().map(AdminJson.User::of).toList(), page, size, p.total()))));
    }

    @Operation(summary = "Grant a realm role (shopper, marketing or admin)")
    @PutMapping("/users/{id}/roles/{role}")
    Mono<ResponseEntity<Object>> grant(@PathVariable String id, @PathVariable String role,
                                       @AuthenticationPrincipal Jwt jwt) {
        return Role.parse(role).map(r -> change(jwt, id, new AccessChange.GrantRole(r))).orElseGet(AdminController::badRole);
    }

    @Operation(summary = "Revoke a realm role; 409 when it would remove the last enabled administrator")
    @DeleteMapping("/users/{id}/roles/{role}")
    Mono<ResponseEntity<Object>> revoke(@PathVariable String id, @PathVariable String role,
                                        @AuthenticationPrincipal Jwt jwt) {
        return Role.parse(role).map(r -> change(jwt, id, new AccessChange.RevokeRole(r))).orElseGet(AdminController::badRole);
    }

    @Operation(summary = "Enable or disable an account: body {\"enabled\": true|false}")
    @PutMapping(value = "/users/{id}/enabled", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Object>> enabled(@PathVariable String id, @RequestBody AdminJson.Enabled body,
                                         @AuthenticationPrincipal Jwt jwt) {
        if (body == null || body.enabled() == null) {
            return bad("body must be {\"enabled\": true} or {\"enabled\": false}");
        }
        return change(jwt, id, new AccessChange.SetEnabled(body.enabled()));
    }

    @Operation(summary = "Access changes, newest first (who, when, what); page with before = the last id seen")
    @GetMapping("/audit")
    Mono<ResponseEntity<Object>> audit(@RequestParam(defaultValue = "50") int limit,
                                       @RequestParam(required = false) String before) {
        if (limit < 1 || limit > MAX_AUDIT_PAGE || (before != null && !STREAM_ID.matcher(before).matches())) {
            return bad("limit must be 1 to " + MAX_AUDIT_PAGE + " and before an audit entry id");
        }
        return handled(audit.newest(limit, before).map(entries -> ResponseEntity.<Object>ok(new AdminJson.AuditPage(
                entries.stream().map(AdminJson.Audit::of).toList(),
                entries.size() == limit ? entries.getLast().id() : null))));
    }

    private Mono<ResponseEntity<Object>> change(Jwt jwt, String id, AccessChange change) {
        if (!USER_ID.matcher(id).matches()) {
            return bad("malformed user id");
        }
        Actor actor = new Actor(jwt.getSubject(), jwt.getClaimAsString("preferred_username"));
        return handled(access.change(actor, id, change).map(AdminController::answer));
    }

    private static ResponseEntity<Object> answer(AccessOutcome outcome) {
        return switch (outcome) {
            case AccessOutcome.Changed c -> ResponseEntity.ok(AdminJson.User.of(c.user()));
            case AccessOutcome.Unchanged u -> ResponseEntity.ok(AdminJson.User.of(u.user()));
            case AccessOutcome.NotFound n -> problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "no user " + n.userId());
            case AccessOutcome.Refused r -> problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, r.reason());
        };
    }

    private static Mono<ResponseEntity<Object>> handled(Mono<ResponseEntity<Object>> answer) {
        return answer.onErrorResume(AdminDependencyException.class, e -> Mono.just(
                problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.DEPENDENCY_UNAVAILABLE, e.getMessage())));
    }

    private static Mono<ResponseEntity<Object>> badRole() {
        return bad("role must be shopper, marketing or admin");
    }

    private static Mono<ResponseEntity<Object>> bad(String detail) {
        return Mono.just(problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, detail));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> problem(HttpStatus status, java.net.URI type, String detail) {
        return (ResponseEntity) Problems.response(status, type, detail);
    }
}

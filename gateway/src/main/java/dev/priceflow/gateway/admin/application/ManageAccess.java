package dev.priceflow.gateway.admin.application;

import dev.priceflow.gateway.admin.domain.AccessChange;
import dev.priceflow.gateway.admin.domain.AccessRules;
import dev.priceflow.gateway.admin.domain.AuditEntry;
import dev.priceflow.gateway.admin.domain.UserAccount;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Grants and revokes roles and enables and disables accounts. Every real change is audited; a change whose
 * audit entry cannot be written is undone and the request fails (no unaudited access change is left behind).
 * A change that would leave no enabled administrator is refused.
 */
public class ManageAccess {

    private static final Logger log = LoggerFactory.getLogger(ManageAccess.class);

    private final Directory directory;
    private final AuditLog audit;
    private final Clock clock;

    public ManageAccess(Directory directory, AuditLog audit, Clock clock) {
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<AccessOutcome> change(Actor actor, String userId, AccessChange change) {
        return directory.find(userId).flatMap(found -> found
                .map(user -> decide(actor, user, change))
                .orElseGet(() -> Mono.just(new AccessOutcome.NotFound(userId))));
    }

    private Mono<AccessOutcome> decide(Actor actor, UserAccount user, AccessChange change) {
        if (!change.alters(user)) {
            return Mono.just(new AccessOutcome.Unchanged(user));
        }
        Mono<List<String>> admins = change.removesActiveAdmin(user) ? directory.activeAdminIds() : Mono.just(List.of());
        return admins.flatMap(ids -> AccessRules.rejection(user, change, ids)
                .<Mono<AccessOutcome>>map(reason -> Mono.just(new AccessOutcome.Refused(reason)))
                .orElseGet(() -> applyAudited(actor, user, change)));
    }

    private Mono<AccessOutcome> applyAudited(Actor actor, UserAccount user, AccessChange change) {
        AuditEntry entry = new AuditEntry("", clock.instant(), actor.id(), actor.username(), change.action(),
                user.id(), user.username(), roleOf(change).orElse(null));
        return directory.apply(user.id(), change)
                .then(audit.append(entry).onErrorResume(e -> undo(user, change, e)))
                .doOnNext(id -> log.info("access changed: action={} target={} actor={} auditId={}",
                        change.action(), user.id(), actor.id(), id))
                .then(directory.find(user.id()))
                .map(now -> new AccessOutcome.Changed(now.orElse(user)));
    }

    private Mono<String> undo(UserAccount user, AccessChange change, Throwable auditError) {
        log.error("audit write failed, undoing access change: action={} target={}", change.action(), user.id());
        return directory.apply(user.id(), change.inverse())
                .onErrorResume(e -> {
                    log.error("undo failed: action={} target={}: the change stays without an audit entry",
                            change.action(), user.id(), e);
                    return Mono.empty();
                })
                .then(Mono.error(new AdminDependencyException(
                        "the audit log is unavailable, so the change was not made", auditError)));
    }

    private static Optional<String> roleOf(AccessChange change) {
        return switch (change) {
            case AccessChange.GrantRole grant -> Optional.of(grant.role().wire());
            case AccessChange.RevokeRole revoke -> Optional.of(revoke.role().wire());
            case AccessChange.SetEnabled set -> Optional.empty();
        };
    }
}

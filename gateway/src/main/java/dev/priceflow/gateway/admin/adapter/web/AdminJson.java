package dev.priceflow.gateway.admin.adapter.web;

import dev.priceflow.gateway.admin.domain.AuditEntry;
import dev.priceflow.gateway.admin.domain.Role;
import dev.priceflow.gateway.admin.domain.UserAccount;
import java.time.Instant;
import java.util.List;

/** Wire forms of the admin API. */
final class AdminJson {

    private AdminJson() {
    }

    record User(String id, String username, String email, String firstName, String lastName, boolean enabled,
                List<String> roles) {

        static User of(UserAccount u) {
            return new User(u.id(), u.username(), u.email(), u.firstName(), u.lastName(), u.enabled(),
                    u.roles().stream().sorted().map(Role::wire).toList());
        }
    }

    record UserPage(List<User> items, int page, int size, long total) {
    }

    record Enabled(Boolean enabled) {
    }

    record Audit(String id, Instant at, String actorId, String actorName, String action, String targetId,
                 String targetName, String role) {

        static Audit of(AuditEntry e) {
            return new Audit(e.id(), e.at(), e.actorId(), e.actorName(), e.action(), e.targetId(), e.targetName(),
                    e.role());
        }
    }

    /** Newest first; {@code next} is the {@code before} value for the following page, null at the end. */
    record AuditPage(List<Audit> items, String next) {
    }
}

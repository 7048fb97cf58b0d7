package dev.priceflow.gateway.admin.domain;

import java.time.Instant;

/**
 * One line of the access audit: who (actor id and username) changed what (action, role or enabled flag) for
 * whom (target id and username), and when. {@code id} is the store's id (the Redis stream entry id), empty
 * before it is stored.
 */
public record AuditEntry(String id, Instant at, String actorId, String actorName, String action,
                         String targetId, String targetName, String role) {
}

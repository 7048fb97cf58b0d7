package dev.priceflow.gateway.admin.application;

import dev.priceflow.gateway.admin.domain.AuditEntry;
import java.util.List;
import reactor.core.publisher.Mono;

/** The durable, append-only record of access changes. Failures error with {@link AdminDependencyException}. */
public interface AuditLog {

    /** Stores the entry and answers its id. */
    Mono<String> append(AuditEntry entry);

    /** Newest first: at most {@code limit} entries older than {@code beforeId} (all when null). */
    Mono<List<AuditEntry>> newest(int limit, String beforeId);
}

package dev.priceflow.gateway.admin.application;

import dev.priceflow.gateway.admin.domain.AuditEntry;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Mono;

/** Audit entries in memory, newest last; can be made to fail. */
public class FakeAuditLog implements AuditLog {

    public final List<AuditEntry> entries = new ArrayList<>();
    public boolean down;

    @Override
    public Mono<String> append(AuditEntry entry) {
        if (down) {
            return Mono.error(new AdminDependencyException("audit store down", null));
        }
        entries.add(entry);
        return Mono.just("1-" + entries.size());
    }

    @Override
    public Mono<List<AuditEntry>> newest(int limit, String beforeId) {
        return down ? Mono.error(new AdminDependencyException("audit store down", null))
                : Mono.just(entries.reversed().stream().limit(limit).toList());
    }
}

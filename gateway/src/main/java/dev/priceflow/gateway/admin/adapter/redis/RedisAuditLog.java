package dev.priceflow.gateway.admin.adapter.redis;

import dev.priceflow.gateway.admin.application.AdminDependencyException;
import dev.priceflow.gateway.admin.application.AuditLog;
import dev.priceflow.gateway.admin.domain.AuditEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Mono;

/**
 * The audit log as the Redis stream {@code admin:audit} (XADD, never trimmed; Redis runs with append-only
 * persistence). Entry ids are Redis stream ids, so newest-first paging is XREVRANGE from an id.
 */
public class RedisAuditLog implements AuditLog {

    public static final String STREAM = "admin:audit";

    private final ReactiveStringRedisTemplate redis;
    private final Duration timeout;

    public RedisAuditLog(ReactiveStringRedisTemplate redis, Duration timeout) {
        this.redis = redis;
        this.timeout = timeout;
    }

    @Override
    public Mono<String> append(AuditEntry entry) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("at", entry.at().toString());
        fields.put("actorId", entry.actorId());
        fields.put("actorName", nullToEmpty(entry.actorName()));
        fields.put("action", entry.action());
        fields.put("targetId", entry.targetId());
        fields.put("targetName", nullToEmpty(entry.targetName()));
        fields.put("role", nullToEmpty(entry.role()));
        return redis.opsForStream().add(StreamRecords.newRecord().in(STREAM).ofMap(fields))
                .map(id -> id.getValue())
                .timeout(timeout)
                .onErrorMap(e -> new AdminDependencyException("the audit log (Redis) is unavailable", e));
    }

    @Override
    public Mono<List<AuditEntry>> newest(int limit, String beforeId) {
        // XREVRANGE's bounds are inclusive: ask for one more and drop the entry the page starts from.
        Range<String> range = beforeId == null ? Range.unbounded()
                : Range.of(Range.Bound.unbounded(), Range.Bound.inclusive(beforeId));
        return redis.<String, String>opsForStream().reverseRange(STREAM, range, Limit.limit().count(limit + 1))
                .filter(r -> !r.getId().getValue().equals(beforeId))
                .take(limit)
                .map(RedisAuditLog::entry)
                .collectList()
                .timeout(timeout)
                .onErrorMap(e -> new AdminDependencyException("the audit log (Redis) is unavailable", e));
    }

    private static AuditEntry entry(MapRecord<String, String, String> r) {
        Map<String, String> f = r.getValue();
        return new AuditEntry(r.getId().getValue(), Instant.parse(f.get("at")), f.get("actorId"),
                f.get("actorName"), f.get("action"), f.get("targetId"), f.get("targetName"),
                emptyToNull(f.get("role")));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}

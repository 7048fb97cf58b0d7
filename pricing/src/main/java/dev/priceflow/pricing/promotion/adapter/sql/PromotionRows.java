package dev.priceflow.pricing.promotion.adapter.sql;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.domain.Promotion;
import dev.priceflow.pricing.promotion.domain.ManagedPromotion;
import dev.priceflow.pricing.promotion.domain.PromotionSpec;
import dev.priceflow.pricing.promotion.domain.PromotionStatus;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** Mapping between {@link ManagedPromotion} and a {@code pricing.promotion} row. */
final class PromotionRows {

    private PromotionRows() {
    }

    /** Binds the columns an insert and an update share (not created_by / created_at). */
    static GenericExecuteSpec bindAll(GenericExecuteSpec spec, ManagedPromotion p) {
        PromotionSpec s = p.spec();
        GenericExecuteSpec out = spec.bind("id", p.id())
                .bind("name", s.name())
                .bind("kind", s.kind().name())
                .bind("value", s.value())
                .bind("startsAt", s.startsAt().atOffset(ZoneOffset.UTC))
                .bind("endsAt", s.endsAt().atOffset(ZoneOffset.UTC))
                .bind("active", p.prices())
                .bind("status", p.stored().name())
                .bind("updatedAt", p.updatedAt().atOffset(ZoneOffset.UTC))
                .bind("version", p.version())
                .bind("timeZone", s.timeZone().getId())
                .bind("multiUnit", s.kind().multiUnit())
                .bind("segmentIds", OfferRuleJson.segments(s.audience()))
                .bind("userIds", OfferRuleJson.users(s.audience()));
        out = bindNullable(out, "rule", OfferRuleJson.write(s.rule()), String.class);
        String sku = s.target() instanceof Promotion.ForSku forSku ? forSku.sku().value() : null;
        String category = s.target() instanceof Promotion.ForCategory forCategory ? forCategory.category() : null;
        out = bindNullable(out, "sku", sku, String.class);
        out = bindNullable(out, "category", category, String.class);
        out = bindNullable(out, "approvedBy", p.approvedBy(), String.class);
        out = bindNullable(out, "approvedAt", p.approvedAt() == null ? null : p.approvedAt().atOffset(ZoneOffset.UTC),
                OffsetDateTime.class);
        return bindNullable(out, "endedAt", p.endedAt() == null ? null : p.endedAt().atOffset(ZoneOffset.UTC),
                OffsetDateTime.class);
    }

    static <T> GenericExecuteSpec bindNullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    static ManagedPromotion read(Readable row) {
        String sku = row.get("sku", String.class);
        Promotion.Target target = sku != null
                ? new Promotion.ForSku(new Sku(sku))
                : new Promotion.ForCategory(row.get("category", String.class));
        PromotionStatus stored = PromotionStatus.valueOf(row.get("status", String.class));
        // A legacy row stored as ENDED keeps its definition; the spec itself is saved as draft or scheduled.
        String kind = row.get("kind", String.class);
        PromotionSpec spec = new PromotionSpec(row.get("name", String.class),
                Promotion.Kind.valueOf(kind), row.get("value", BigDecimal.class), target,
                instant(row, "starts_at"), instant(row, "ends_at"),
                stored == PromotionStatus.DRAFT ? PromotionStatus.DRAFT : PromotionStatus.SCHEDULED,
                ZoneId.of(row.get("time_zone", String.class)), OfferRuleJson.read(kind, row.get("rule", String.class)),
                OfferRuleJson.audience(row));
        Number version = row.get("version", Number.class);
        return new ManagedPromotion(row.get("id", UUID.class), spec, stored, row.get("created_by", String.class),
                instant(row, "created_at"), instant(row, "updated_at"), version == null ? 0 : version.longValue(),
                instant(row, "ended_at"), row.get("approved_by", String.class), instant(row, "approved_at"));
    }

    private static Instant instant(Readable row, String column) {
        OffsetDateTime value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

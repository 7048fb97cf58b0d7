package dev.priceflow.pricing.promotion.adapter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.priceflow.pricing.domain.Audience;
import dev.priceflow.pricing.domain.Promotion;
import dev.priceflow.pricing.promotion.domain.ManagedPromotion;
import dev.priceflow.pricing.promotion.domain.OfferInput;
import dev.priceflow.pricing.promotion.domain.PromotionInput;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** The wire forms of the promotions API. Money and percentages are decimal strings. */
final class PromotionJson {

    private PromotionJson() {
    }

    /** {@code segments}: profile segment ids; {@code userIds}: JWT subs; empty or absent: everyone. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Target(String sku, String category, List<String> segments, List<String> userIds) {
    }

    /** A create or edit request; everything is text so that a bad value is reported against its field. */
    record Request(String name, String kind, String value, Target target, String startsAt, String endsAt,
                   String status, Long version, String timeZone, OfferInput.BuyXGetY buyXGetY,
                   OfferInput.Tiered tiered, OfferInput.Bundle bundle) {

        PromotionInput input(boolean creating) {
            Target t = target == null ? new Target(null, null, null, null) : target;
            // A new promotion is a draft unless it says otherwise; an edit keeps what it leaves out (PATCH).
            String wantedStatus = status == null && creating ? "draft" : status;
            return new PromotionInput(name, kind, value, t.sku(), t.category(), startsAt, endsAt, wantedStatus,
                    timeZone, buyXGetY, tiered, bundle, t.segments(), t.userIds());
        }
    }

    /**
     * {@code startsAt}/{@code endsAt}: instants (UTC); {@code startsAtLocal}/{@code endsAtLocal}: in {@code timeZone};
     * {@code buyXGetY}/{@code tiered}/{@code bundle}: the terms of that kind (absent for the others).
     */
    record View(UUID id, String name, String kind, String value, Target target, Instant startsAt, Instant endsAt,
                String status, String createdBy, Instant createdAt, Instant updatedAt, Instant endedAt,
                long version, String timeZone, LocalDateTime startsAtLocal, LocalDateTime endsAtLocal,
                String approvedBy, Instant approvedAt, OfferInput.BuyXGetY buyXGetY, OfferInput.Tiered tiered,
                OfferInput.Bundle bundle) {
    }

    static View of(ManagedPromotion p, Instant now) {
        Audience audience = p.spec().audience();
        List<String> segments = audience.segments().stream().sorted().map(String::valueOf).toList();
        List<String> users = audience.userIds().stream().sorted().toList();
        Target target = switch (p.spec().target()) {
            case Promotion.ForSku sku -> new Target(sku.sku().value(), null, segments, users);
            case Promotion.ForCategory category -> new Target(null, category.category(), segments, users);
        };
        PromotionInput terms = PromotionInput.of(p.spec());
        return new View(p.id(), p.spec().name(), p.spec().kind().name(), p.spec().value().toPlainString(), target,
                p.spec().startsAt(), p.spec().endsAt(), p.status(now).wire(), p.createdBy(), p.createdAt(),
                p.updatedAt(), p.endedAt(), p.version(), p.spec().timeZone().getId(),
                LocalDateTime.ofInstant(p.spec().startsAt(), p.spec().timeZone()),
                LocalDateTime.ofInstant(p.spec().endsAt(), p.spec().timeZone()), p.approvedBy(), p.approvedAt(),
                terms.buyXGetY(), terms.tiered(), terms.bundle());
    }
}

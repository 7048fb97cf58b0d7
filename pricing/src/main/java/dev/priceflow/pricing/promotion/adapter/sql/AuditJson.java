package dev.priceflow.pricing.promotion.adapter.sql;

import dev.priceflow.pricing.domain.Promotion;
import dev.priceflow.pricing.promotion.domain.ManagedPromotion;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The before/after snapshot stored in {@code promotion_audit}: the promotion's fields, values as strings. */
@Component
class AuditJson {

    private final JsonMapper json;

    AuditJson(JsonMapper json) {
        this.json = json;
    }

    String of(ManagedPromotion p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", p.id().toString());
        out.put("name", p.spec().name());
        out.put("kind", p.spec().kind().name());
        out.put("value", p.spec().value().toPlainString());
        switch (p.spec().target()) {
            case Promotion.ForSku sku -> out.put("sku", sku.sku().value());
            case Promotion.ForCategory category -> out.put("category", category.category());
        }
        if (p.spec().rule() != null) {
            out.put("rule", json.readTree(OfferRuleJson.write(p.spec().rule())));
        }
        if (!p.spec().audience().everyone()) {
            out.put("segments", OfferRuleJson.segments(p.spec().audience()));
            out.put("userIds", p.spec().audience().userIds().size()); // how many, not who: no personal data in audit
        }
        out.put("startsAt", p.spec().startsAt().toString());
        out.put("endsAt", p.spec().endsAt().toString());
        out.put("status", p.stored().name());
        out.put("version", p.version());
        out.put("endedAt", p.endedAt() == null ? null : p.endedAt().toString());
        return json.writeValueAsString(out);
    }
}

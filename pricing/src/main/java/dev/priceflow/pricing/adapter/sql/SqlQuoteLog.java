package dev.priceflow.pricing.adapter.sql;

import dev.priceflow.pricing.application.QuoteLog;
import dev.priceflow.pricing.domain.PriceStep;
import dev.priceflow.pricing.domain.Quote;
import io.r2dbc.postgresql.codec.Json;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes every issued quote to {@code pricing.quote}, with its explanation as a JSON array of steps. */
@Component
class SqlQuoteLog implements QuoteLog {

    private final DatabaseClient db;
    private final JsonMapper json;

    SqlQuoteLog(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    @Override
    public Mono<Void> record(Quote quote) {
        return Mono.fromCallable(() -> explanation(quote.breakdown().steps()))
                .flatMap(explanation -> db.sql("""
                                INSERT INTO quote (quote_id, user_id, sku, currency, list_price, price, explanation,
                                                   pricing_version, issued_at, expires_at)
                                VALUES (:quoteId, :userId, :sku, :currency, :listPrice, :price, :explanation,
                                        :pricingVersion, :issuedAt, :expiresAt)""")
                        .bind("quoteId", quote.quoteId())
                        .bind("userId", quote.userId())
                        .bind("sku", quote.sku().value())
                        .bind("currency", quote.currency().getCurrencyCode())
                        .bind("listPrice", quote.listPrice())
                        .bind("price", quote.price())
                        .bind("explanation", explanation)
                        .bind("pricingVersion", quote.pricingVersion())
                        .bind("issuedAt", quote.issuedAt().atOffset(ZoneOffset.UTC))
                        .bind("expiresAt", quote.expiresAt().atOffset(ZoneOffset.UTC))
                        .then());
    }

    private Json explanation(List<PriceStep> steps) {
        List<Map<String, String>> rows = steps.stream()
                .map(step -> Map.of("rule", step.rule().name(), "detail", step.detail(),
                        "priceAfter", step.priceAfter().toPlainString()))
                .toList();
        return Json.of(json.writeValueAsString(rows));
    }
}

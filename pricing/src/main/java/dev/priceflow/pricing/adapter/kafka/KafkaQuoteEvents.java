package dev.priceflow.pricing.adapter.kafka;

import dev.priceflow.contracts.Topics;
import dev.priceflow.pricing.application.QuoteEvents;
import dev.priceflow.pricing.domain.Quote;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends {@code pricing.quote-issued}, keyed by SKU, and completes on the broker's acknowledgement.
 * {@code send} may block while it fetches metadata (bounded by the producer's {@code max.block.ms}), so it
 * runs off the event loop. Timeout and failure policy: QuoteService.
 */
@Component
class KafkaQuoteEvents implements QuoteEvents {

    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;

    KafkaQuoteEvents(KafkaTemplate<String, String> kafka, JsonMapper json) {
        this.kafka = kafka;
        this.json = json;
    }

    @Override
    public Mono<Void> issued(Quote quote) {
        return Mono.fromCallable(() -> json.writeValueAsString(QuoteIssuedMessage.of(quote)))
                .flatMap(value -> Mono.fromFuture(() -> kafka.send(Topics.QUOTE_ISSUED, quote.sku().value(), value)))
                .subscribeOn(Schedulers.boundedElastic())
                .then();
    }
}

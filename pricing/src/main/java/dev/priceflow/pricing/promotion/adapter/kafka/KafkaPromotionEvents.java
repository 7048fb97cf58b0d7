package dev.priceflow.pricing.promotion.adapter.kafka;

import dev.priceflow.contracts.Topics;
import dev.priceflow.pricing.promotion.application.PromotionEvents;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends {@code pricing.promotions-changed}, keyed by promotion id, completing on the broker's ack; off the
 * event loop because {@code send} may block for metadata. Timeout and failure policy: ChangeNotifier.
 */
@Component
class KafkaPromotionEvents implements PromotionEvents {

    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;

    KafkaPromotionEvents(KafkaTemplate<String, String> kafka, JsonMapper json) {
        this.kafka = kafka;
        this.json = json;
    }

    @Override
    public Mono<Void> changed(Changed change) {
        return Mono.fromCallable(() -> json.writeValueAsString(PromotionChangedMessage.of(change)))
                .flatMap(value -> Mono.fromFuture(() -> kafka.send(Topics.PROMOTIONS_CHANGED,
                        change.promotionId().toString(), value)))
                .subscribeOn(Schedulers.boundedElastic())
                .then();
    }
}

package dev.priceflow.gateway.support;

import dev.priceflow.gateway.price.application.PricingAnswer;
import dev.priceflow.gateway.price.application.PricingClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Mono;

/** Answers whatever the test told it to, and remembers every call. */
public class FakePricingClient implements PricingClient {

    public record Call(String sku, String channel, String bearerToken) {
    }

    public final List<Call> calls = new CopyOnWriteArrayList<>();
    public volatile PricingAnswer answer = new PricingAnswer.Unavailable("no answer configured");

    public void reset() {
        calls.clear();
        answer = new PricingAnswer.Unavailable("no answer configured");
    }

    @Override
    public Mono<PricingAnswer> quote(String sku, String channel, String bearerToken) {
        calls.add(new Call(sku, channel, bearerToken));
        return Mono.just(answer);
    }
}

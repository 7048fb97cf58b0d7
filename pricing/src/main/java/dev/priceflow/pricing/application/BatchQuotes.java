package dev.priceflow.pricing.application;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.domain.Quote;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Personal quotes for up to {@link #MAX_SKUS} SKUs of one shopper: the request is checked in full first, the
 * catalogue is read with one query, then every known SKU is priced, recorded and announced exactly as
 * {@link QuoteService#quote} does (same version read first, same failure policies: a database failure fails the
 * whole batch closed). Unknown SKUs are listed, never an error.
 */
public final class BatchQuotes {

    public static final int MAX_SKUS = 100;
    /** Quotes priced at once; each takes a database connection for its promotions and audit row. */
    static final int CONCURRENCY = 4;

    private final QuoteService quotes;
    private final Catalogue catalogue;
    private final QuoteSettings settings;
    private final Clock clock;

    public BatchQuotes(QuoteService quotes, Catalogue catalogue, QuoteSettings settings, Clock clock) {
        this.quotes = quotes;
        this.catalogue = catalogue;
        this.settings = settings;
        this.clock = clock;
    }

    /** What a batch came to. */
    public sealed interface Outcome {
        record Quoted(List<Quote> quotes, List<String> unknownSkus) implements Outcome {
        }

        record Invalid(String detail, List<String> malformedSkus) implements Outcome {
        }
    }

    public Mono<Outcome> quote(String userId, List<String> skus, String channel) {
        List<String> distinct = skus == null ? List.of() : List.copyOf(new LinkedHashSet<>(skus));
        if (distinct.isEmpty() || distinct.size() > MAX_SKUS) {
            return Mono.just(new Outcome.Invalid("skus must list 1 to " + MAX_SKUS + " distinct SKUs, got "
                    + distinct.size(), List.of()));
        }
        List<String> malformed = distinct.stream().filter(sku -> !Sku.isWellFormed(sku)).toList();
        if (!malformed.isEmpty()) {
            return Mono.just(new Outcome.Invalid("A SKU is 1-32 characters of A-Z, 0-9, '-' and '_', starting "
                    + "with a letter or digit; malformed: " + String.join(", ", malformed), malformed));
        }
        String wanted = channel == null ? "web" : channel;
        if (!QuoteService.validChannel(wanted)) {
            return Mono.just(new Outcome.Invalid("channel must be 1-32 characters of a-z, 0-9 and '-', starting "
                    + "with a letter", List.of()));
        }
        List<Sku> ordered = distinct.stream().map(Sku::new).toList();
        return quotes.currentVersion().flatMap(version -> priced(userId, ordered, wanted, version));
    }

    private Mono<Outcome> priced(String userId, List<Sku> ordered, String channel, String version) {
        return Mono.defer(() -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS); // as QuoteService: PostgreSQL keeps µs
            Mono<Map<Sku, Product>> products = catalogue.findAll(ordered)
                    .collectMap(Product::sku, Function.identity())
                    .timeout(settings.databaseTimeout())
                    .onErrorMap(e -> new DependencyUnavailable("catalogue", e));
            // the shopper's profile once for the whole batch (read beside the catalogue; it never fails)
            return Mono.zip(products, quotes.shopper(userId)).flatMap(read -> {
                Map<Sku, Product> found = read.getT1();
                return Flux.fromIterable(ordered).filter(found::containsKey)
                            .flatMapSequential(sku -> quotes.priced(userId, found.get(sku), channel, version, now,
                                    read.getT2()), CONCURRENCY)
                            .collectList()
                            .map(issued -> (Outcome) new Outcome.Quoted(issued, unknown(ordered, found)));
            });
        });
    }

    private static List<String> unknown(List<Sku> ordered, Map<Sku, Product> found) {
        return ordered.stream().filter(sku -> !found.containsKey(sku)).map(Sku::value)
                .collect(Collectors.toCollection(ArrayList::new));
    }
}

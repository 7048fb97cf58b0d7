package dev.priceflow.pricing.order.application;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.application.Catalogue;
import dev.priceflow.pricing.application.DependencyUnavailable;
import dev.priceflow.pricing.application.QuoteVerifier;
import dev.priceflow.pricing.application.ShopperProfiles;
import dev.priceflow.pricing.domain.PricePolicy;
import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.domain.QuoteClaims;
import dev.priceflow.pricing.order.application.CartOutcome.Kind;
import dev.priceflow.pricing.order.application.CartOutcome.Priced;
import dev.priceflow.pricing.order.application.CartOutcome.Problem;
import dev.priceflow.pricing.order.application.CartOutcome.Rejected;
import dev.priceflow.pricing.order.application.CartRequestCheck.Checked;
import dev.priceflow.pricing.order.domain.CartLine;
import dev.priceflow.pricing.order.domain.CartPolicy;
import dev.priceflow.pricing.order.domain.CartPricer;
import dev.priceflow.pricing.order.domain.PricedCart;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;
import reactor.util.function.Tuples;

/**
 * Prices a cart of signed quotes: checks the request and every token ({@link CartRequestCheck}), reads the
 * products (for floors and categories) and the cart-level offers, applies them ({@link CartPricer}) and refuses a
 * code that cannot be honoured (unknown: 422; inactive, used up, over a limit or the budget, or applying to no
 * line: 409/422). Prices only: nothing is written. Database reads fail closed ({@link DependencyUnavailable}).
 */
public final class CartService {

    private final CartRequestCheck check;
    private final Catalogue catalogue;
    private final CartOffers offers;
    private final PricePolicy policy;
    private final CartPricer pricer;
    private final Duration timeout;
    private final Clock clock;
    private final ShopperProfiles profiles;

    /** Without profiles: no shopper has a segment (segment-targeted promotions never apply). */
    public CartService(QuoteVerifier verifier, Catalogue catalogue, CartOffers offers, PricePolicy policy,
                       CartPolicy cartPolicy, Duration timeout, Clock clock) {
        this(verifier, catalogue, offers, policy, cartPolicy, timeout, clock, userId -> Mono.empty());
    }

    /**
     * {@code profiles} gives the shopper's segment for promotion audiences; read only when an offer has one, within
     * {@code timeout}; a failure counts as "no segment" (the targeted promotion is not given: fail closed).
     */
    public CartService(QuoteVerifier verifier, Catalogue catalogue, CartOffers offers, PricePolicy policy,
                       CartPolicy cartPolicy, Duration timeout, Clock clock, ShopperProfiles profiles) {
        this.profiles = profiles;
        this.pricer = new CartPricer(cartPolicy);
        this.check = new CartRequestCheck(verifier);
        this.catalogue = catalogue;
        this.offers = offers;
        this.policy = policy;
        this.timeout = timeout;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public Mono<CartOutcome> price(String userId, OrderRequest request) {
        return Mono.defer(() -> switch (check.check(userId, request)) {
            case Rejected rejected -> Mono.just(rejected);
            case Checked checked -> priced(userId, checked, now());
            default -> Mono.error(new IllegalStateException("unexpected check result"));
        });
    }

    private Mono<CartOutcome> priced(String userId, Checked checked, Instant now) {
        List<Sku> skus = checked.quotes().stream().map(QuoteClaims::sku).distinct().toList();
        Mono<Map<Sku, Product>> products = db(catalogue.findAll(skus).collectMap(Product::sku, Function.identity()));
        Mono<List<Offer>> automatic = db(offers.automatic(userId, now).collectList());
        Mono<List<Offer>> coded = checked.codes().isEmpty() ? Mono.just(List.of())
                : db(offers.forCodes(userId, checked.codes(), now).collectList());
        return Mono.zip(products, automatic, coded).flatMap(found -> forShopper(userId, found.getT2(), found.getT3())
                .map(mine -> {
            List<CartLine> lines = new ArrayList<>();
            List<Problem> gone = new ArrayList<>();
            for (int i = 0; i < checked.quotes().size(); i++) {
                QuoteClaims quote = checked.quotes().get(i);
                Product product = found.getT1().get(quote.sku());
                if (product == null) {
                    gone.add(new Problem(i, null, "line " + i + ": " + quote.sku() + " is no longer sold"));
                } else if (quote.price().compareTo(unitFloor(product)) < 0) {
                    // the SKU's floor was raised after the quote: no price is ever below the floor (fail closed)
                    gone.add(new Problem(i, null, "line " + i + ": the floor price of " + quote.sku()
                            + " is now above the quoted price; ask for a new quote"));
                } else {
                    lines.add(new CartLine(i, quote, checked.quantities().get(i), product, unitFloor(product)));
                }
            }
            if (!gone.isEmpty()) {
                return new Rejected(Kind.UNPROCESSABLE, "Product no longer sold at the quoted price", gone);
            }
            List<Problem> notForYou = found.getT3().stream().filter(o -> !mine.getT2().contains(o))
                    .map(o -> new Problem(null, o.promotion().code(), o.promotion().code()
                            + ": this promotion is not available to you")).toList();
            return notForYou.isEmpty() ? applied(lines, mine.getT1(), checked.codes(), found.getT3())
                    : new Rejected(Kind.CODE_REFUSED, "Promotion code refused", notForYou);
        }));
    }

    /**
     * The offers this shopper may get (automatic, coded): automatic ones outside the shopper's audience are left
     * out; a code whose promotion is not for this shopper is refused (409), never silently ignored.
     */
    private Mono<Tuple2<List<Offer>, List<Offer>>> forShopper(String userId, List<Offer> automatic, List<Offer> coded) {
        boolean targeted = Stream.concat(automatic.stream(), coded.stream()).anyMatch(o -> !o.audience().everyone());
        if (!targeted) {
            return Mono.just(Tuples.of(automatic, coded));
        }
        return Mono.defer(() -> profiles.segment(userId)).timeout(timeout).map(Optional::of)
                .defaultIfEmpty(Optional.empty()).onErrorResume(e -> Mono.just(Optional.empty()))
                .map(segment -> Tuples.of(
                        automatic.stream().filter(o -> o.audience().admits(userId, segment.orElse(null))).toList(),
                        coded.stream().filter(o -> o.audience().admits(userId, segment.orElse(null))).toList()));
    }

    private CartOutcome applied(List<CartLine> lines, List<Offer> automatic, List<String> codes, List<Offer> coded) {
        List<Problem> unknown = codes.stream()
                .filter(code -> coded.stream().noneMatch(o -> code.equals(o.promotion().code())))
                .map(code -> new Problem(null, code, "no promotion has the code " + code)).toList();
        if (!unknown.isEmpty()) {
            return new Rejected(Kind.UNPROCESSABLE, "Unknown promotion code", unknown);
        }
        List<Offer> all = new ArrayList<>(automatic);
        codes.forEach(code -> coded.stream().filter(o -> code.equals(o.promotion().code())).forEach(all::add));
        PricedCart cart = pricer.price(lines.getFirst().quote().currency(), lines,
                all.stream().map(Offer::promotion).toList());
        List<Problem> refused = new ArrayList<>();
        for (Offer offer : all) {
            BigDecimal amount = cart.discounts().stream()
                    .filter(g -> g.promotionId().equals(offer.promotion().id())).map(PricedCart.Granted::amount)
                    .findFirst().orElse(BigDecimal.ZERO);
            String refusal = offer.refusal(amount);
            if (refusal == null && amount.signum() == 0 && offer.promotion().code() != null) {
                refusal = "the code lowers nothing in this cart (no matching line, a line already at its floor or "
                        + "cap, or another promotion applies instead)";
            }
            if (refusal != null && offer.promotion().code() != null) {
                refused.add(new Problem(null, offer.promotion().code(), offer.promotion().code() + ": " + refusal));
            } else if (refusal != null) {
                // an automatic cart-level promotion that cannot be honoured is simply left out
                return applied(lines, automatic.stream().filter(o -> o != offer).toList(), codes, coded);
            }
        }
        if (!refused.isEmpty()) {
            return new Rejected(Kind.CODE_REFUSED, "Promotion code refused", refused);
        }
        return new Priced(cart);
    }

    /** The lowest unit price, as the quote's calculator applies it (floor price, margin floor, minimum price). */
    private BigDecimal unitFloor(Product product) {
        return policy.lowestPrice(product);
    }

    private <T> Mono<T> db(Mono<T> call) {
        return call.timeout(timeout).onErrorMap(e -> !(e instanceof DependencyUnavailable),
                e -> new DependencyUnavailable("cart database", e));
    }
}

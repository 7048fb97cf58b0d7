package dev.priceflow.pricing.application;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.application.QuoteOutcome.Issued;
import dev.priceflow.pricing.application.QuoteOutcome.Reason;
import dev.priceflow.pricing.application.QuoteOutcome.Rejected;
import dev.priceflow.pricing.domain.PersonalAdjustment;
import dev.priceflow.pricing.domain.Personalization;
import dev.priceflow.pricing.domain.PriceBreakdown;
import dev.priceflow.pricing.domain.PriceCalculator;
import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.domain.Promotion;
import dev.priceflow.pricing.domain.Quote;
import dev.priceflow.pricing.domain.QuoteClaims;
import dev.priceflow.pricing.experiment.application.ExperimentStep;
import dev.priceflow.pricing.experiment.domain.ArmPrice;
import dev.priceflow.pricing.experiment.domain.ExperimentPricing;
import dev.priceflow.pricing.optimize.application.BaseStep;
import dev.priceflow.pricing.optimize.domain.OptimizedBase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Issues a signed quote for one shopper and SKU. Failure policy per dependency:
 * <ul>
 *   <li>catalogue, promotions, audit log (PostgreSQL): fail closed ({@link DependencyUnavailable}); no
 *       quote is given that cannot be justified or was not recorded;</li>
 *   <li>pricing version (Redis): fail open with {@link PricingVersion.UNKNOWN}; the price itself comes from
 *       PostgreSQL and is right, only the cache tag is uncertain, and "unknown" never matches a real version
 *       (a fallback of "0" could pass for the genuine initial version and be cached as such);</li>
 *   <li>shopper profile (Redis): fail open to the standard (non-personal) price, explained as such, and
 *       counted ({@code pricing.profile.unavailable}); a missing profile is the standard price too;</li>
 *   <li>quote-issued event (Kafka): sent after the audit row is written, without delaying the answer; the
 *       audit row is the source of truth, so a failed send is logged and counted
 *       ({@code pricing.quote.events.failed}).</li>
 * </ul>
 */
public final class QuoteService {

    private static final Logger log = LoggerFactory.getLogger(QuoteService.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    private final QuoteReads reads;
    private final QuoteLog quoteLog;
    private final PricingVersion pricingVersion;
    private final QuoteEvents events;
    private final ShopperProfiles profiles;
    private final Personalization personalization;
    private final PriceCalculator calculator;
    private final QuoteSigner signer;
    private final QuoteSettings settings;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final Counter versionUnavailable;
    private final Counter eventsFailed;
    private final Counter profileUnavailable;
    private final BaseStep baseStep;
    /** The EXPERIMENT step (fail open, see ExperimentQuoteStep); none until the experiment wiring sets it. */
    private volatile ExperimentStep experiments = ExperimentStep.none();

    /** Without the optimized-base step: the list price is every quote's base. */
    public QuoteService(Catalogue catalogue, Promotions promotions, QuoteLog quoteLog, PricingVersion pricingVersion,
                        QuoteEvents events, ShopperProfiles profiles, Personalization personalization,
                        PriceCalculator calculator, QuoteSigner signer, QuoteSettings settings,
                        Clock clock, Supplier<UUID> ids, MeterRegistry meters) {
        this(catalogue, promotions, quoteLog, pricingVersion, events, profiles, personalization, calculator, signer,
                settings, clock, ids, meters, BaseStep.none());
    }

    /** With {@code baseStep}, without caches (every quote reads the catalogue and promotions). */
    public QuoteService(Catalogue catalogue, Promotions promotions, QuoteLog quoteLog, PricingVersion pricingVersion,
                        QuoteEvents events, ShopperProfiles profiles, Personalization personalization,
                        PriceCalculator calculator, QuoteSigner signer, QuoteSettings settings,
                        Clock clock, Supplier<UUID> ids, MeterRegistry meters, BaseStep baseStep) {
        this(catalogue, promotions, quoteLog, pricingVersion, events, profiles, personalization, calculator, signer,
                settings, clock, ids, meters, baseStep, CacheSettings.NONE);
    }

    /**
     * With {@code baseStep} (channel list price, optimized base and the category policy's personal bounds) and the
     * catalogue rows and promotions cached per pricing version within {@code cache} ({@link QuoteReads}).
     */
    public QuoteService(Catalogue catalogue, Promotions promotions, QuoteLog quoteLog, PricingVersion pricingVersion,
                        QuoteEvents events, ShopperProfiles profiles, Personalization personalization,
                        PriceCalculator calculator, QuoteSigner signer, QuoteSettings settings,
                        Clock clock, Supplier<UUID> ids, MeterRegistry meters, BaseStep baseStep,
                        CacheSettings cache) {
        this.baseStep = Objects.requireNonNull(baseStep, "baseStep");
        this.reads = new QuoteReads(catalogue, promotions, settings.databaseTimeout(), cache, clock);
        this.quoteLog = quoteLog;
        this.pricingVersion = pricingVersion;
        this.events = events;
        this.profiles = profiles;
        this.personalization = personalization;
        this.calculator = calculator;
        this.signer = signer;
        this.settings = settings;
        this.clock = clock;
        this.ids = ids;
        this.versionUnavailable = Counter.builder("pricing.version.unavailable")
                .description("Quotes issued with pricing version 'unknown' because Redis did not answer")
                .register(meters);
        this.eventsFailed = Counter.builder("pricing.quote.events.failed")
                .description("Quotes answered whose pricing.quote-issued record could not be sent")
                .register(meters);
        this.profileUnavailable = Counter.builder("pricing.profile.unavailable")
                .description("Quotes given the standard price because the shopper profile could not be read")
                .register(meters);
    }

    public Mono<QuoteOutcome> quote(QuoteRequest request) {
        Objects.requireNonNull(request.userId(), "userId");
        if (!Sku.isWellFormed(request.sku())) {
            return Mono.just(new Rejected(Reason.MALFORMED_SKU,
                    "A SKU is 1-32 characters of A-Z, 0-9, '-' and '_', starting with a letter or digit"));
        }
        if (!validChannel(request.channel())) {
            return Mono.just(new Rejected(Reason.INVALID_CHANNEL,
                    "channel must be 1-32 characters of a-z, 0-9 and '-', starting with a letter"));
        }
        Sku sku = new Sku(request.sku());
        // The version is read BEFORE the data it tags (and keys the caches with): a promotion change after this
        // read bumps the counter, so a quote can carry an older version than its data (a harmless cache miss),
        // never a newer one. The shopper's profile is not version-tagged: it is read at the same time.
        return Mono.zip(currentVersion(), shopper(request.userId()))
                .flatMap(read -> priced(request.userId(), sku, request.channel(), read.getT1(), read.getT2()));
    }

    private Mono<QuoteOutcome> priced(String userId, Sku sku, String channel, String version, ShopperRead shopper) {
        return Mono.defer(() -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS); // PostgreSQL keeps microseconds
            return reads.product(version, sku)
                    .flatMap(product -> priced(userId, product, channel, version, now, shopper))
                    .map(quote -> (QuoteOutcome) new Issued(quote))
                    .defaultIfEmpty(new Rejected(Reason.UNKNOWN_SKU, "No product with SKU " + sku));
        });
    }

    /** Prices a product already read from the catalogue, reading the shopper's profile for it. */
    Mono<Quote> priced(String userId, Product listed, String channel, String version, Instant now) {
        return shopper(userId).flatMap(shopper -> priced(userId, listed, channel, version, now, shopper));
    }

    /** Prices a product already read from the catalogue, records and announces the quote (also used by batches). */
    Mono<Quote> priced(String userId, Product listed, String channel, String version, Instant now,
                       ShopperRead shopper) {
        return baseStep.decide(listed, channel, now, version).flatMap(decision -> {
            Product product = decision.product(); // with the channel's list price
            return Mono.zip(activePromotions(userId, product, now, version), experiments.decide(userId, product, now))
                    .map(found -> issue(userId, product, channel, found.getT1(),
                            decision.bound(adjustment(shopper, product, channel)), decision.base(),
                            found.getT2().orElse(null), now, version));
        }).flatMap(quote -> record(quote).thenReturn(quote)).doOnNext(this::publishInBackground);
    }

    /**
     * Prices {@code sku} as a quote would (same reads and caches, base step, promotions, personal bounds,
     * signature) but records, announces and exposes nothing: no audit row, no Kafka record, no experiment exposure,
     * no base history. For the start-up warm-up only: the result is never given to anyone. Empty for an unknown SKU.
     */
    public Mono<Quote> rehearse(String userId, Sku sku, String channel) {
        return Mono.zip(currentVersion(), shopper(userId)).flatMap(read -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            String version = read.getT1();
            return reads.product(version, sku).flatMap(listed -> baseStep.rehearse(listed, channel, now, version))
                    .flatMap(decision -> activePromotions(userId, decision.product(), now, version).map(found ->
                            issue(userId, decision.product(), channel, found,
                                    decision.bound(adjustment(read.getT2(), decision.product(), channel)),
                                    decision.base(), null, now, version)));
        });
    }

    /** Adds the EXPERIMENT step (price experiments) to single and batch quotes. */
    public void useExperiments(ExperimentStep step) {
        this.experiments = Objects.requireNonNull(step, "step");
    }

    static boolean validChannel(String channel) {
        return channel != null && CHANNEL.matcher(channel).matches();
    }

    Mono<String> currentVersion() {
        return Mono.defer(pricingVersion::current)
                .timeout(settings.versionTimeout())
                .defaultIfEmpty(PricingVersion.INITIAL)
                .onErrorResume(e -> {
                    versionUnavailable.increment();
                    log.atWarn().addKeyValue("error", e.getClass().getSimpleName())
                            .log("pricing version unavailable; quoting with version '{}'", PricingVersion.UNKNOWN);
                    return Mono.just(PricingVersion.UNKNOWN);
                });
    }

    /** Active promotions for this shopper: one with an audience only when the shopper is in it (Audience). */
    private Mono<List<Promotion>> activePromotions(String userId, Product product, Instant now, String version) {
        return reads.promotions(version, product, now)
                .flatMap(found -> found.stream().allMatch(p -> p.audience().everyone()) ? Mono.just(found)
                        : segment(userId).map(segment -> found.stream()
                                .filter(p -> p.audience().admits(userId, segment.orElse(null))).toList()));
    }

    /** The shopper's profile segment; none without a profile or when Redis fails (a targeted promotion is not given). */
    private Mono<java.util.Optional<Integer>> segment(String userId) {
        return Mono.defer(() -> profiles.segment(userId)).timeout(settings.profileTimeout())
                .map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                .onErrorResume(e -> Mono.just(java.util.Optional.empty()));
    }

    /** The shopper's profile as a quote sees it; never fails (fail open: see the class comment). */
    Mono<ShopperRead> shopper(String userId) {
        return Mono.defer(() -> profiles.find(userId))
                .timeout(settings.profileTimeout())
                .map(ShopperRead::of)
                .defaultIfEmpty(ShopperRead.NONE)
                .onErrorResume(e -> {
                    log.atWarn().addKeyValue("error", e.getClass().getSimpleName())
                            .log("shopper profile unavailable; quoting the standard price");
                    return Mono.just(ShopperRead.UNAVAILABLE);
                });
    }

    private PersonalAdjustment adjustment(ShopperRead shopper, Product product, String channel) {
        if (shopper.unavailable()) {
            profileUnavailable.increment();
            return PersonalAdjustment.profileUnavailable();
        }
        return shopper.features().map(features -> personalization.decide(features, product, channel))
                .orElseGet(PersonalAdjustment::noProfile);
    }

    private Quote issue(String userId, Product product, String channel, List<Promotion> found,
                        PersonalAdjustment adjustment, OptimizedBase base, ArmPrice arm, Instant now,
                        String version) {
        PriceBreakdown breakdown = ExperimentPricing.price(calculator, product, found, now, adjustment, base, arm);
        UUID quoteId = ids.get();
        Instant expiresAt = now.plus(settings.quoteTtl());
        String signature = signer.sign(new QuoteClaims(quoteId, userId, product.sku(), channel, product.currency(),
                breakdown.price(), product.listPrice(), version, now, expiresAt));
        return new Quote(quoteId, userId, product.sku(), product.currency(), product.listPrice(), breakdown,
                breakdown.personalized(),
                now, expiresAt, version, signature);
    }

    private Mono<Void> record(Quote quote) {
        return Mono.defer(() -> quoteLog.record(quote))
                .timeout(settings.databaseTimeout())
                .onErrorMap(e -> new DependencyUnavailable("quote audit log", e));
    }

    /**
     * The quote-issued record is sent once the audit row is written, without holding the answer for Kafka's
     * acknowledgement (acks=all costs the producer's linger plus a replication round trip on every quote): the
     * row is the record of truth, and a failed send is logged and counted exactly as before.
     */
    private void publishInBackground(Quote quote) {
        publish(quote).subscribe();
    }

    private Mono<Void> publish(Quote quote) {
        return Mono.defer(() -> events.issued(quote))
                .timeout(settings.eventTimeout())
                .onErrorResume(e -> {
                    eventsFailed.increment();
                    log.atWarn().addKeyValue("quoteId", quote.quoteId()).addKeyValue("sku", quote.sku())
                            .addKeyValue("error", e.getClass().getSimpleName())
                            .log("quote answered but its pricing.quote-issued record was not sent");
                    return Mono.empty();
                });
    }
}

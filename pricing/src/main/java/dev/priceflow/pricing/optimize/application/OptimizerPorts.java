package dev.priceflow.pricing.optimize.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import reactor.core.publisher.Mono;

/** The small ports the base-price step reads; each may answer empty (unknown). Timeouts: {@link BasePricing}. */
public final class OptimizerPorts {

    private OptimizerPorts() {
    }

    /** A SKU's limits and its list price on one channel (null fields: none set). */
    public record SkuData(BigDecimal floorPrice, BigDecimal ceilingPrice, BigDecimal minMarginPercent,
                          BigDecimal channelListPrice) {
    }

    public interface SkuPricing {
        Mono<SkuData> find(String sku, String channel);
    }

    /** Own-price elasticity of a SKU (e.g. -1.8), from demand-forecast. */
    public interface Elasticities {
        Mono<Double> find(String sku);
    }

    /** Expected units a day at the current price, from the published forecast. */
    public interface DemandForecasts {
        Mono<Double> unitsPerDay(String sku);
    }

    /** The lowest competitor price seen for a SKU in {@code currency}, from trend-analysis's competitor index. */
    public interface CompetitorPrices {
        Mono<BigDecimal> lowest(String sku, java.util.Currency currency);
    }

    /** The optimized base per SKU, channel and UTC day. */
    public interface BaseHistory {
        /** The base of the latest day before {@code day}. */
        Mono<BigDecimal> before(String sku, String channel, LocalDate day);

        Mono<Void> record(String sku, String channel, LocalDate day, BigDecimal base);
    }
}

package dev.priceflow.pricing.experiment.adapter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.priceflow.pricing.domain.Amounts;
import dev.priceflow.pricing.experiment.application.ExperimentOutcome;
import dev.priceflow.pricing.experiment.domain.ArmResult;
import dev.priceflow.pricing.experiment.domain.Experiment;
import dev.priceflow.pricing.experiment.domain.Statistics;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * Wire shapes of the experiment API. Money per visitor is a decimal string rounded once here by
 * {@link Amounts#ROUNDING}; rates are numbers rounded to 4 places; percentages are percent.
 */
final class ExperimentJson {

    private ExperimentJson() {
    }

    record ArmView(String name, BigDecimal priceChangePercent, int weightPercent) {
    }

    record View(long id, String name, String sku, String category, List<ArmView> arms, int holdoutPercent,
                Instant startsAt, Instant endsAt, Instant endedAt, String status, String createdBy,
                Instant createdAt) {
    }

    static View of(Experiment e, Instant now) {
        return new View(e.id(), e.name(), e.sku(), e.category(), e.arms().stream()
                .map(a -> new ArmView(a.name(), a.priceChangePercent(), a.weightPercent())).toList(),
                e.holdoutPercent(), e.startsAt(), e.endsAt(), e.endedAt(), e.status(now).name(), e.createdBy(),
                e.createdAt());
    }

    record Diff(double conversionRateDiff, List<Double> ci95) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ArmStats(String name, long visitors, long buyers, long units, double conversionRate,
                    String revenuePerVisitor, String profitPerVisitor, List<Double> conversionRateCi95,
                    List<String> revenuePerVisitorCi95, List<String> profitPerVisitorCi95, Diff vsControl) {
    }

    record Results(long experimentId, String currency, Instant updatedAt, String method, List<ArmStats> arms,
                   ArmStats holdout) {
    }

    static Results of(ExperimentOutcome.Results r) {
        Currency currency = Currency.getInstance(r.currency());
        List<ArmStats> all = r.arms().stream().map(a -> stats(a, currency)).toList();
        return new Results(r.experiment().id(), r.currency(), r.updatedAt(),
                "normal approximation: Wald 95 % CI for conversion, mean ± 1.96·s/√n per visitor, "
                        + "unpooled SE for differences (see docs/pricing-engine.md)",
                all.subList(0, all.size() - 1), all.getLast());
    }

    private static ArmStats stats(ArmResult a, Currency currency) {
        Statistics.Estimate d = a.vsControl();
        return new ArmStats(a.name(), a.visitors(), a.buyers(), a.units(), rate(a.conversion().value()),
                money(a.revenuePerVisitor().value(), currency), money(a.profitPerVisitor().value(), currency),
                List.of(rate(a.conversion().ci95().low()), rate(a.conversion().ci95().high())),
                List.of(money(a.revenuePerVisitor().ci95().low(), currency),
                        money(a.revenuePerVisitor().ci95().high(), currency)),
                List.of(money(a.profitPerVisitor().ci95().low(), currency),
                        money(a.profitPerVisitor().ci95().high(), currency)),
                d == null ? null : new Diff(rate(d.value()), List.of(rate(d.ci95().low()), rate(d.ci95().high()))));
    }

    private static double rate(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static String money(double value, Currency currency) {
        return Amounts.round(BigDecimal.valueOf(value), currency).toPlainString();
    }
}

package dev.priceflow.pricing.whatif.adapter.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.priceflow.pricing.policy.domain.PolicyInput;
import dev.priceflow.pricing.whatif.domain.SimulationInput;
import dev.priceflow.pricing.whatif.domain.SimulationResult;
import dev.priceflow.pricing.whatif.domain.SkuSimulation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Wire shapes of {@code POST /api/v1/pricing/simulations}. Money is a decimal string (as in PriceQuote),
 * already rounded once by the pricing rule; units and percentages are numbers (1 decimal).
 */
final class SimulationJson {

    private SimulationJson() {
    }

    record Request(String from, String to, String channel, SimulationInput.PromotionProposal promotion,
                   String promotionId, PolicyBody policy) {

        SimulationInput input() {
            return new SimulationInput(from, to, channel, promotion, promotionId, policy == null ? null
                    : new SimulationInput.PolicyProposal(policy.category(), new PolicyInput(policy.objective(),
                            policy.targetMarginPercent(), policy.maxDailyChangePercent(), policy.priceEnding(),
                            policy.personalizationAllowed(), policy.personalizationMaxPercent(),
                            policy.competitorWithinPercent(), policy.channels())));
        }
    }

    record PolicyBody(String category, String objective, String targetMarginPercent, String maxDailyChangePercent,
                      String priceEnding, Boolean personalizationAllowed, String personalizationMaxPercent,
                      String competitorWithinPercent, Map<String, PolicyInput.ChannelInput> channels) {
    }

    record Figures(BigDecimal units, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal revenue,
                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal margin) {
        static Figures of(SimulationResult.Figures f) {
            return new Figures(f.units(), f.revenue(), f.margin());
        }
    }

    record Change(BigDecimal units, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal revenue,
                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal margin, BigDecimal revenuePercent,
                  BigDecimal marginPercent) {
    }

    record Day(LocalDate date, Figures current, Figures proposed) {
    }

    record SkuDetail(String sku, String source, String note) {
    }

    record Response(LocalDate from, LocalDate to, String currency, int skus, String source, Figures current,
                    Figures proposed, Change change, List<Day> days, List<String> notes, List<SkuDetail> skuDetails) {
    }

    static Response of(SimulationResult r, List<SkuSimulation> skus) {
        SimulationResult.Change c = r.change();
        return new Response(r.from(), r.to(), r.currency(), r.skus(), r.source().name(), Figures.of(r.current()),
                Figures.of(r.proposed()), new Change(c.units(), c.revenue(), c.margin(), c.revenuePercent(),
                c.marginPercent()), r.days().stream().map(d -> new Day(d.date(), Figures.of(d.current()),
                Figures.of(d.proposed()))).toList(), r.notes(),
                skus.stream().map(s -> new SkuDetail(s.sku(), s.source().name(), s.note())).toList());
    }
}

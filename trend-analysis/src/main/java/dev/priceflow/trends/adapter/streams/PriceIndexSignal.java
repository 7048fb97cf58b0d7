package dev.priceflow.trends.adapter.streams;

import dev.priceflow.trends.application.Catalogue;
import dev.priceflow.trends.domain.CompetitorBoard;
import dev.priceflow.trends.domain.PriceIndex;
import dev.priceflow.trends.domain.TrendSettings;
import java.util.List;

/** Our price comes from the catalogue (pricing's list price) at the moment a competitor price arrives. */
final class PriceIndexSignal {

    private PriceIndexSignal() {
    }

    static List<TrendSignal> of(Catalogue catalogue, String sku, CompetitorBoard board, TrendSettings settings) {
        if (board == null) {
            return List.of();
        }
        return PriceIndex.of(catalogue.find(sku).orElse(null), board, settings)
                .<TrendSignal>map(p -> new TrendSignal.CompetitorPriceIndex(p.sku(), p.category(), p.ourPrice(),
                        p.currency(), p.lowestCompetitorPrice(), p.lowestCompetitor(), p.index(), p.observedAt(),
                        p.competitors()))
                .stream().toList();
    }
}

package dev.priceflow.pricing.experiment.domain;

import java.math.BigDecimal;
import java.util.List;

/** An experiment as marketing sent it, unchecked; any field may be null. Times are ISO-8601 instants. */
public record ExperimentInput(String name, String sku, String category, List<ArmInput> arms, Integer holdoutPercent,
                              String startsAt, String endsAt) {

    public record ArmInput(String name, BigDecimal priceChangePercent, Integer weightPercent) {
    }
}

package dev.priceflow.pricing.order.application;

import java.util.List;

/** A cart as the shopper sends it: quote tokens with quantities, promotion codes, the sales channel. */
public record OrderRequest(List<Line> lines, List<String> codes, String channel) {

    public OrderRequest {
        lines = lines == null ? List.of() : lines.stream().map(l -> l == null ? new Line(null, null) : l).toList();
        codes = codes == null ? List.of() : codes.stream().map(c -> c == null ? "" : c).toList();
    }

    public record Line(String quoteToken, Integer quantity) {
    }
}

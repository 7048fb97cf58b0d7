package dev.priceflow.pricing.order.adapter.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.priceflow.pricing.order.application.CartOutcome;
import dev.priceflow.pricing.order.application.ReceiptWriter;
import dev.priceflow.pricing.order.domain.PricedCart;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The wire form of a priced cart and of an order's receipt (the same, plus orderId and createdAt). */
@Component
class OrderJson implements ReceiptWriter {

    private final JsonMapper json;

    OrderJson(JsonMapper json) {
        this.json = json;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CartView(UUID orderId, Instant createdAt, String currency, List<LineView> lines,
                    List<DiscountView> discounts, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal subtotal,
                    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal discountTotal,
                    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total) {
    }

    record LineView(int line, UUID quoteId, String sku, int quantity,
                    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitPrice,
                    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal subtotal,
                    List<DiscountView> discounts,
                    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total, List<StepView> explanation) {
    }

    /** {@code detail}: on a line's discounts only — what the promotion offers and any limit that cut it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DiscountView(UUID promotionId, String name, String code,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String detail) {
    }

    /** One step of a line's explanation: SUBTOTAL, then PROMOTION steps; the last {@code totalAfter} is the total. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StepView(String step, UUID promotionId, String detail,
                    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalAfter) {
    }

    static CartView of(PricedCart cart, UUID orderId, Instant createdAt) {
        List<LineView> lines = cart.lines().stream().map(l -> new LineView(l.line().index(),
                l.line().quote().quoteId(), l.line().quote().sku().value(), l.line().quantity(),
                l.line().quote().price(), l.subtotal(), discounts(l.discounts()), l.total(),
                l.explanation().stream().map(e -> new StepView(e.step(), e.promotionId(), e.detail(), e.amount(),
                        e.totalAfter())).toList())).toList();
        return new CartView(orderId, createdAt, cart.currency().getCurrencyCode(), lines, discounts(cart.discounts()),
                cart.subtotal(), cart.discountTotal(), cart.total());
    }

    private static List<DiscountView> discounts(List<PricedCart.Granted> granted) {
        return granted.stream().map(g -> new DiscountView(g.promotionId(), g.name(), g.code(), g.amount(),
                g.detail())).toList();
    }

    @Override
    public String receipt(CartOutcome.Placed placed) {
        return json.writeValueAsString(of(placed.cart(), placed.orderId(), placed.createdAt()));
    }
}

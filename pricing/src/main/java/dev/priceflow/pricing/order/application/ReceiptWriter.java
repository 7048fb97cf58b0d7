package dev.priceflow.pricing.order.application;

/** Renders a placed order as the JSON answered to the shopper, stored so that a resent checkout replays it. */
public interface ReceiptWriter {

    String receipt(CartOutcome.Placed placed);
}

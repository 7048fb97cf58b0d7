package dev.priceflow.gateway.events.domain;

/**
 * Who sent a batch: the signed-in user's id (the token's subject) and whether one of their roles may
 * report market observations (marketing or admin).
 */
public record Sender(String userId, boolean mayReportMarketData) {
}

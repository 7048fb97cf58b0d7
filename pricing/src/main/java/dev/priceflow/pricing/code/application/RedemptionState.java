package dev.priceflow.pricing.code.application;

import java.math.BigDecimal;
import java.util.UUID;

/** A promotion's codes, limits and usage as stored. {@code codeMode}: NONE, PUBLIC or UNIQUE. */
public record RedemptionState(UUID promotionId, boolean ended, boolean cartLevel, String codeMode, String publicCode,
                              long uniqueCodes, long uniqueCodesUsed, Integer maxUses, Integer maxUsesPerUser,
                              BigDecimal budget, int uses, BigDecimal granted, int priority) {
}

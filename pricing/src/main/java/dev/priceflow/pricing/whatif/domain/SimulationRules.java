package dev.priceflow.pricing.whatif.domain;

import dev.priceflow.pricing.domain.Promotion;
import dev.priceflow.pricing.experiment.domain.FieldError;
import dev.priceflow.pricing.policy.domain.PolicyRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks a simulation request and names every bad field: from/to ISO dates, from not after to, at most
 * {@value #MAX_DAYS} days; channel like a quote's (default web); exactly one of promotion, promotionId, policy;
 * a promotion's kind PERCENT_OFF | AMOUNT_OFF | FIXED_PRICE, value above 0 (a percentage below 100), exactly
 * one of sku and category; a policy as {@link PolicyRules} checks it (fields prefixed {@code policy.}).
 */
public final class SimulationRules {

    public static final int MAX_DAYS = 92;
    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SimulationRules() {
    }

    public record Checked(List<FieldError> errors, LocalDate from, LocalDate to, String channel, Proposal proposal) {
    }

    public static Checked check(SimulationInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (in == null) {
            return new Checked(List.of(new FieldError("body", "a JSON simulation request is required")), null, null,
                    null, null);
        }
        LocalDate from = date(in.from(), "from", errors);
        LocalDate to = date(in.to(), "to", errors);
        if (from != null && to != null) {
            if (from.isAfter(to)) {
                errors.add(new FieldError("from", "must not be after to"));
            } else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
                errors.add(new FieldError("to", "a simulation covers at most " + MAX_DAYS + " days"));
            }
        }
        String channel = in.channel() == null ? "web" : in.channel();
        if (!CHANNEL.matcher(channel).matches()) {
            errors.add(new FieldError("channel", "1-32 characters of a-z, 0-9 and '-', starting with a letter"));
        }
        int given = (in.promotion() != null ? 1 : 0) + (in.promotionId() != null ? 1 : 0)
                + (in.policy() != null ? 1 : 0);
        Proposal proposal = null;
        if (given != 1) {
            errors.add(new FieldError(given == 0 ? "promotion" : "proposal",
                    "give exactly one of promotion, promotionId and policy"));
        } else if (in.promotion() != null) {
            proposal = promotion(in.promotion(), errors);
        } else if (in.promotionId() != null) {
            try {
                proposal = new Proposal.ExistingPromotion(UUID.fromString(in.promotionId().strip()));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("promotionId", "no promotion " + in.promotionId()
                        + " (promotion ids are UUIDs)"));
            }
        } else {
            PolicyRules.Checked policy = PolicyRules.check(in.policy().category(), in.policy().input());
            policy.errors().forEach(e -> errors.add(new FieldError("policy." + e.field(), e.message())));
            proposal = policy.errors().isEmpty() ? new Proposal.NewPolicy(policy.policy()) : null;
        }
        return new Checked(errors, from, to, channel, errors.isEmpty() ? proposal : null);
    }

    private static Proposal promotion(SimulationInput.PromotionProposal p, List<FieldError> errors) {
        Promotion.Kind kind = null;
        try {
            kind = p.kind() == null ? null : Promotion.Kind.valueOf(p.kind().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (kind != Promotion.Kind.PERCENT_OFF && kind != Promotion.Kind.AMOUNT_OFF
                && kind != Promotion.Kind.FIXED_PRICE) {
            errors.add(new FieldError("promotion.kind", "must be PERCENT_OFF, AMOUNT_OFF or FIXED_PRICE"));
        }
        if (p.value() == null || p.value().signum() <= 0) {
            errors.add(new FieldError("promotion.value", "is required and must be above 0"));
        } else if (kind == Promotion.Kind.PERCENT_OFF && p.value().compareTo(HUNDRED) >= 0) {
            errors.add(new FieldError("promotion.value", "a percentage off must be below 100"));
        }
        if ((p.sku() == null) == (p.category() == null)) {
            errors.add(new FieldError("promotion.sku", "give exactly one of promotion.sku and promotion.category"));
        }
        return new Proposal.NewPromotion(kind, p.value(), p.sku(), p.category());
    }

    private static LocalDate date(String text, String field, List<FieldError> errors) {
        if (text == null) {
            errors.add(new FieldError(field, "is required (ISO date, e.g. 2026-12-01)"));
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an ISO date, e.g. 2026-12-01"));
            return null;
        }
    }
}

package dev.priceflow.pricing.policy.domain;

import dev.priceflow.pricing.optimize.domain.Objective;
import dev.priceflow.pricing.optimize.domain.PriceEnding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a policy request in full and names every bad field at once:
 * objective PROFIT | REVENUE | MARGIN_TARGET; targetMarginPercent in [0, 100) and required exactly for
 * MARGIN_TARGET; maxDailyChangePercent in (0, 100]; priceEnding ".99" | ".95" | "none";
 * personalizationAllowed required; personalizationMaxPercent in [0, 50] (default 0); competitorWithinPercent
 * in [0, 100] or absent; channels only web, app, marketplace, each with both switches (a channel left out is
 * switched off).
 */
public final class PolicyRules {

    public static final Pattern CATEGORY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);

    private PolicyRules() {
    }

    public record Checked(List<PolicyFieldError> errors, CategoryPolicy policy) {
    }

    public static Checked check(String category, PolicyInput in) {
        List<PolicyFieldError> errors = new ArrayList<>();
        if (category == null || !CATEGORY.matcher(category).matches()) {
            errors.add(new PolicyFieldError("category", "1-64 characters of A-Z, a-z, 0-9, '-' and '_'"));
        }
        if (in == null) {
            errors.add(new PolicyFieldError("body", "a JSON policy is required"));
            return new Checked(errors, null);
        }
        Objective objective = null;
        try {
            objective = in.objective() == null ? null : Objective.valueOf(in.objective().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (objective == null) {
            errors.add(new PolicyFieldError("objective", "must be PROFIT, REVENUE or MARGIN_TARGET"));
        }
        BigDecimal target = decimal(in.targetMarginPercent(), "targetMarginPercent", errors, false);
        if (objective == Objective.MARGIN_TARGET && in.targetMarginPercent() == null) {
            errors.add(new PolicyFieldError("targetMarginPercent", "is required for MARGIN_TARGET"));
        } else if (objective != null && objective != Objective.MARGIN_TARGET && in.targetMarginPercent() != null) {
            errors.add(new PolicyFieldError("targetMarginPercent", "only applies to MARGIN_TARGET"));
        } else if (target != null && (target.signum() < 0 || target.compareTo(HUNDRED) >= 0)) {
            errors.add(new PolicyFieldError("targetMarginPercent", "must be at least 0 and below 100"));
        }
        BigDecimal maxChange = decimal(in.maxDailyChangePercent(), "maxDailyChangePercent", errors, true);
        if (maxChange != null && (maxChange.signum() <= 0 || maxChange.compareTo(HUNDRED) > 0)) {
            errors.add(new PolicyFieldError("maxDailyChangePercent", "must be above 0 and at most 100"));
        }
        Optional<PriceEnding> ending = in.priceEnding() == null ? Optional.empty() : PriceEnding.parse(in.priceEnding());
        if (ending.isEmpty()) {
            errors.add(new PolicyFieldError("priceEnding", "must be \".99\", \".95\" or \"none\""));
        }
        if (in.personalizationAllowed() == null) {
            errors.add(new PolicyFieldError("personalizationAllowed", "is required (true or false)"));
        }
        BigDecimal personal = in.personalizationMaxPercent() == null ? BigDecimal.ZERO
                : decimal(in.personalizationMaxPercent(), "personalizationMaxPercent", errors, true);
        if (personal != null && (personal.signum() < 0 || personal.compareTo(FIFTY) > 0)) {
            errors.add(new PolicyFieldError("personalizationMaxPercent", "must be within 0..50"));
        }
        BigDecimal competitor = decimal(in.competitorWithinPercent(), "competitorWithinPercent", errors, false);
        if (competitor != null && (competitor.signum() < 0 || competitor.compareTo(HUNDRED) > 0)) {
            errors.add(new PolicyFieldError("competitorWithinPercent", "must be within 0..100"));
        }
        Map<String, ChannelSwitches> channels = channels(in.channels(), errors);
        if (!errors.isEmpty()) {
            return new Checked(List.copyOf(errors), null);
        }
        return new Checked(List.of(), new CategoryPolicy(category, objective, target, maxChange, ending.get(),
                in.personalizationAllowed(), personal, competitor, channels, 0, null, null));
    }

    private static Map<String, ChannelSwitches> channels(Map<String, PolicyInput.ChannelInput> in,
                                                         List<PolicyFieldError> errors) {
        Map<String, ChannelSwitches> out = new HashMap<>();
        CategoryPolicy.CHANNELS.forEach(channel -> out.put(channel, ChannelSwitches.OFF));
        if (in == null) {
            return out;
        }
        in.forEach((channel, switches) -> {
            if (!CategoryPolicy.CHANNELS.contains(channel)) {
                errors.add(new PolicyFieldError("channels." + channel, "unknown channel: web, app or marketplace"));
            } else if (switches == null || switches.optimize() == null || switches.personalize() == null) {
                errors.add(new PolicyFieldError("channels." + channel, "needs optimize and personalize (booleans)"));
            } else {
                out.put(channel, new ChannelSwitches(switches.optimize(), switches.personalize()));
            }
        });
        return out;
    }

    private static BigDecimal decimal(String text, String field, List<PolicyFieldError> errors, boolean required) {
        if (text == null) {
            if (required) {
                errors.add(new PolicyFieldError(field, "is required"));
            }
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.trim());
            if (value.scale() > 4) {
                errors.add(new PolicyFieldError(field, "at most 4 decimal places"));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new PolicyFieldError(field, "must be a decimal string such as \"10\" or \"12.5\""));
            return null;
        }
    }
}

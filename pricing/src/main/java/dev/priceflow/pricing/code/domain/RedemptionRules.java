package dev.priceflow.pricing.code.domain;

import dev.priceflow.pricing.promotion.domain.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The limits of a cart-level promotion: total uses, uses per shopper, budget (the most discount it may grant in
 * all, in the shop's currency), and its public code if it has one. Null means "no limit" / "no public code".
 */
public record RedemptionRules(Integer maxUses, Integer maxUsesPerUser, BigDecimal budget, String publicCode,
                              Integer priority) {

    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,31}");
    public static final BigDecimal MAX_BUDGET = new BigDecimal("10000000");

    /** Checks what marketing typed; the code is upper-cased. Every problem names its field. */
    public static Checked check(Integer maxUses, Integer maxUsesPerUser, String budget, String publicCode) {
        return check(maxUses, maxUsesPerUser, budget, publicCode, null);
    }

    /** As above, with the priority among cart-level promotions (0..1000, lower first; null keeps the current one). */
    public static Checked check(Integer maxUses, Integer maxUsesPerUser, String budget, String publicCode,
                                Integer priority) {
        List<FieldError> errors = new ArrayList<>();
        if (priority != null && (priority < 0 || priority > 1000)) {
            errors.add(new FieldError("priority", "must be 0 to 1000 (lower applies first)"));
        }
        if (maxUses != null && maxUses < 1) {
            errors.add(new FieldError("maxUses", "must be at least 1 (leave it out for no limit)"));
        }
        if (maxUsesPerUser != null && maxUsesPerUser < 1) {
            errors.add(new FieldError("maxUsesPerUser", "must be at least 1 (leave it out for no limit)"));
        }
        BigDecimal money = null;
        if (budget != null) {
            try {
                money = new BigDecimal(budget.strip());
                if (money.signum() <= 0 || money.compareTo(MAX_BUDGET) > 0 || money.scale() > 2) {
                    errors.add(new FieldError("budget", "must be above 0, at most " + MAX_BUDGET.toPlainString()
                            + ", with at most 2 decimals"));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError("budget", "must be a decimal string, e.g. \"500.00\""));
            }
        }
        String code = publicCode == null ? null : publicCode.strip().toUpperCase(Locale.ROOT);
        if (code != null && !CODE.matcher(code).matches()) {
            errors.add(new FieldError("publicCode", "must be 3-32 letters, digits and '-'"));
        }
        return new Checked(errors.isEmpty() ? new RedemptionRules(maxUses, maxUsesPerUser, money, code, priority)
                : null,
                errors);
    }

    public record Checked(RedemptionRules rules, List<FieldError> errors) {
        public Checked {
            errors = List.copyOf(errors);
        }
    }
}

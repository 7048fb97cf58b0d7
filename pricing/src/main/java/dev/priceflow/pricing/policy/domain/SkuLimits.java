package dev.priceflow.pricing.policy.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Per-SKU hard limits of the optimized base price: floor and ceiling (money, null = none) and minimum margin
 * in percent of unit cost (null = the service default). {@link #check} names every broken rule.
 */
public record SkuLimits(String sku, BigDecimal floorPrice, BigDecimal ceilingPrice, BigDecimal minMarginPercent) {

    public SkuLimits {
        Objects.requireNonNull(sku, "sku");
    }

    public record Input(String floorPrice, String ceilingPrice, String minMarginPercent) {
    }

    public record Checked(List<PolicyFieldError> errors, SkuLimits limits) {
    }

    public static Checked check(String sku, Input in) {
        List<PolicyFieldError> errors = new ArrayList<>();
        if (in == null) {
            return new Checked(List.of(new PolicyFieldError("body", "a JSON body is required")), null);
        }
        BigDecimal floor = money(in.floorPrice(), "floorPrice", errors);
        BigDecimal ceiling = money(in.ceilingPrice(), "ceilingPrice", errors);
        if (floor != null && ceiling != null && floor.compareTo(ceiling) > 0) {
            errors.add(new PolicyFieldError("floorPrice", "must not be above ceilingPrice " + ceiling.toPlainString()));
        }
        BigDecimal margin = null;
        if (in.minMarginPercent() != null) {
            try {
                margin = new BigDecimal(in.minMarginPercent().trim());
                if (margin.signum() < 0 || margin.compareTo(BigDecimal.valueOf(100)) > 0 || margin.scale() > 2) {
                    errors.add(new PolicyFieldError("minMarginPercent", "must be within 0..100, at most 2 decimals"));
                }
            } catch (NumberFormatException e) {
                errors.add(new PolicyFieldError("minMarginPercent", "must be a decimal string"));
            }
        }
        return errors.isEmpty() ? new Checked(List.of(), new SkuLimits(sku, floor, ceiling, margin))
                : new Checked(List.copyOf(errors), null);
    }

    private static BigDecimal money(String text, String field, List<PolicyFieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.trim());
            if (value.signum() <= 0) {
                errors.add(new PolicyFieldError(field, "must be above 0"));
            } else if (value.scale() > 2 || value.compareTo(BigDecimal.valueOf(100000)) > 0) {
                errors.add(new PolicyFieldError(field, "at most 2 decimals and at most 100000"));
            } else {
                return value;
            }
        } catch (NumberFormatException e) {
            errors.add(new PolicyFieldError(field, "must be a decimal string such as \"4.99\""));
        }
        return null;
    }
}

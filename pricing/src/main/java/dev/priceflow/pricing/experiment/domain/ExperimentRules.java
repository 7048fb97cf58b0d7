package dev.priceflow.pricing.experiment.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an experiment request in full and names every bad field: name 1-100 characters; exactly one of sku and
 * category; 2..{@value #MAX_ARMS} arms with unique names ({@code [a-z0-9_-]}, not "holdout"), the first (control)
 * at 0 %, each |priceChangePercent| at most {@code cap} with at most 2 decimals; weights all absent (equal split)
 * or all given, each 1..99, adding up to 100; holdoutPercent 0..90 (default 0); startsAt (default now) before
 * endsAt, endsAt in the future, at most {@value #MAX_DAYS} days long.
 */
public final class ExperimentRules {

    public static final int MAX_ARMS = 5;
    public static final int MAX_DAYS = 92;
    private static final Pattern ARM_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");

    private ExperimentRules() {
    }

    public record Checked(List<FieldError> errors, Experiment experiment) {
    }

    public static Checked check(ExperimentInput in, BigDecimal cap, Instant now, String createdBy) {
        List<FieldError> errors = new ArrayList<>();
        if (in == null) {
            return new Checked(List.of(new FieldError("body", "a JSON experiment is required")), null);
        }
        if (in.name() == null || in.name().isBlank() || in.name().length() > 100) {
            errors.add(new FieldError("name", "is required, 1-100 characters"));
        }
        if ((in.sku() == null) == (in.category() == null)) {
            errors.add(new FieldError("sku", "give exactly one of sku and category"));
        }
        List<Arm> arms = arms(in.arms(), cap, errors);
        int holdout = in.holdoutPercent() == null ? 0 : in.holdoutPercent();
        if (holdout < 0 || holdout > 90) {
            errors.add(new FieldError("holdoutPercent", "must be within 0..90"));
        }
        Instant starts = in.startsAt() == null ? now : instant(in.startsAt(), "startsAt", errors);
        Instant ends = instant(in.endsAt(), "endsAt", errors);
        if (starts != null && ends != null) {
            if (!ends.isAfter(starts)) {
                errors.add(new FieldError("endsAt", "must be after startsAt"));
            } else if (!ends.isAfter(now)) {
                errors.add(new FieldError("endsAt", "must be in the future"));
            } else if (Duration.between(starts, ends).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
                errors.add(new FieldError("endsAt", "an experiment runs at most " + MAX_DAYS + " days"));
            }
        }
        if (!errors.isEmpty()) {
            return new Checked(errors, null);
        }
        return new Checked(List.of(), new Experiment(0, in.name().strip(), in.sku(), in.category(), arms, holdout,
                starts, ends, null, createdBy, now));
    }

    private static List<Arm> arms(List<ExperimentInput.ArmInput> in, BigDecimal cap, List<FieldError> errors) {
        if (in == null || in.size() < 2 || in.size() > MAX_ARMS) {
            errors.add(new FieldError("arms", "list 2.." + MAX_ARMS + " arms, the first is the control"));
            return List.of();
        }
        long weighted = in.stream().filter(a -> a != null && a.weightPercent() != null).count();
        if (weighted != 0 && weighted != in.size()) {
            errors.add(new FieldError("arms", "give weightPercent for every arm or for none (equal split)"));
            return List.of();
        }
        List<Arm> arms = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int sum = 0;
        for (int i = 0; i < in.size(); i++) {
            ExperimentInput.ArmInput a = in.get(i);
            String field = "arms[" + i + "]";
            if (a == null || a.name() == null || !ARM_NAME.matcher(a.name()).matches()
                    || Assignment.HOLDOUT.equals(a.name()) || !names.add(a.name())) {
                errors.add(new FieldError(field + ".name", "unique, 1-32 of a-z, 0-9, '-', '_', not 'holdout'"));
                continue;
            }
            BigDecimal change = a.priceChangePercent();
            if (change == null || change.abs().compareTo(cap) > 0 || change.stripTrailingZeros().scale() > 2) {
                errors.add(new FieldError(field + ".priceChangePercent", "is required, within -" + cap.toPlainString()
                        + ".." + cap.toPlainString() + " (the personalization cap), at most 2 decimals"));
                continue;
            }
            if (i == 0 && change.signum() != 0) {
                errors.add(new FieldError(field + ".priceChangePercent", "the first arm is the control: 0"));
                continue;
            }
            int weight = weighted == 0 ? 100 / in.size() + (i < 100 % in.size() ? 1 : 0) : a.weightPercent();
            if (weight < 1 || weight > 99) {
                errors.add(new FieldError(field + ".weightPercent", "must be within 1..99"));
                continue;
            }
            sum += weight;
            arms.add(new Arm(a.name(), change, weight));
        }
        if (arms.size() == in.size() && sum != 100) {
            errors.add(new FieldError("arms", "weightPercent must add up to 100, got " + sum));
        }
        return arms;
    }

    private static Instant instant(String text, String field, List<FieldError> errors) {
        if (text == null) {
            errors.add(new FieldError(field, "is required (ISO-8601 instant, e.g. 2026-12-01T00:00:00Z)"));
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an ISO-8601 instant, e.g. 2026-12-01T00:00:00Z"));
            return null;
        }
    }
}

package dev.priceflow.pricing.experiment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A price experiment on one SKU or one category. The first arm is the control. {@code endedAt} is set when
 * marketing ended it early; the status is derived from time: SCHEDULED before {@code startsAt}, RUNNING in
 * {@code [startsAt, endsAt)} unless ended, ENDED after.
 */
public record Experiment(long id, String name, String sku, String category, List<Arm> arms, int holdoutPercent,
                         Instant startsAt, Instant endsAt, Instant endedAt, String createdBy, Instant createdAt) {

    public enum Status { SCHEDULED, RUNNING, ENDED }

    public Experiment {
        Objects.requireNonNull(name, "name");
        arms = List.copyOf(arms);
        if ((sku == null) == (category == null)) {
            throw new IllegalArgumentException("an experiment targets exactly one of sku and category");
        }
        if (arms.size() < 2) {
            throw new IllegalArgumentException("an experiment has a control and at least one other arm");
        }
        if (arms.stream().mapToInt(Arm::weightPercent).sum() != 100) {
            throw new IllegalArgumentException("arm weights must add up to 100");
        }
        if (holdoutPercent < 0 || holdoutPercent > 90) {
            throw new IllegalArgumentException("holdoutPercent must be within 0..90");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("endsAt must be after startsAt");
        }
    }

    public Status status(Instant now) {
        if (endedAt != null && !now.isBefore(endedAt) || !now.isBefore(endsAt)) {
            return Status.ENDED;
        }
        return now.isBefore(startsAt) ? Status.SCHEDULED : Status.RUNNING;
    }

    /** True when the experiment covers a product with this SKU and category. */
    public boolean covers(String productSku, String productCategory) {
        return sku != null ? sku.equals(productSku) : category.equals(productCategory);
    }

    public Arm control() {
        return arms.getFirst();
    }

    public Experiment ended(Instant at) {
        return new Experiment(id, name, sku, category, arms, holdoutPercent, startsAt, endsAt, at, createdBy,
                createdAt);
    }
}

package dev.priceflow.pricing.experiment.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * Deterministic assignment of a shopper to an experiment arm: SHA-256 of {@code "experimentId:userId"}
 * (UTF-16BE), first 8 bytes as an unsigned number modulo {@value #BUCKETS}. Buckets {@code [0, holdout% x 100)} are the holdout
 * (standard price, no experiment); the rest are split among the arms in order, in proportion to their weights.
 * The same shopper always lands in the same arm of the same experiment; different experiments are independent.
 */
public final class Assignment {

    public static final int BUCKETS = 10_000;

    private Assignment() {
    }

    /** What a shopper was assigned to: an arm, or the holdout ({@link #arm} empty). */
    public record Placement(int bucket, Optional<Arm> arm) {
        public boolean holdout() {
            return arm.isEmpty();
        }

        public String armName() {
            return arm.map(Arm::name).orElse(HOLDOUT);
        }
    }

    public static final String HOLDOUT = "holdout";

    public static Placement place(long experimentId, int holdoutPercent, List<Arm> arms, String userId) {
        int bucket = bucket(experimentId, userId);
        int holdoutBuckets = holdoutPercent * (BUCKETS / 100);
        if (bucket < holdoutBuckets) {
            return new Placement(bucket, Optional.empty());
        }
        long inArms = bucket - holdoutBuckets;
        long range = BUCKETS - holdoutBuckets;
        long cumulative = 0;
        for (Arm arm : arms) {
            cumulative += arm.weightPercent();
            if (inArms < cumulative * range / 100) {
                return new Placement(bucket, Optional.of(arm));
            }
        }
        return new Placement(bucket, Optional.of(arms.getLast()));
    }

    public static Placement place(Experiment experiment, String userId) {
        return place(experiment.id(), experiment.holdoutPercent(), experiment.arms(), userId);
    }

    public static int bucket(long experimentId, String userId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String key = experimentId + ":" + userId;
            for (int i = 0; i < key.length(); i++) { // UTF-16BE code units: stable, no charset I/O classes
                char c = key.charAt(i);
                sha.update((byte) (c >> 8));
                sha.update((byte) c);
            }
            byte[] digest = sha.digest();
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (digest[i] & 0xff);
            }
            return (int) Long.remainderUnsigned(value, BUCKETS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

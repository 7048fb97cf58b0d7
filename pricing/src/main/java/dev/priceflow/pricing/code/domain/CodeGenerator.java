package dev.priceflow.pricing.code.domain;

import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Unique single-use codes: 12 characters from a readable alphabet (no 0/O, 1/I/L), in groups of four
 * ({@code K7QM-2XRP-HD9T}), drawn from a cryptographically strong generator: 32^12 = 2^60 possible codes.
 */
public final class CodeGenerator {

    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int GROUPS = 3;
    static final int GROUP_LENGTH = 4;

    private final Random random;

    /** {@code random} must be a {@link SecureRandom} in production; tests may pass a seeded one. */
    public CodeGenerator(Random random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    public static CodeGenerator secure() {
        return new CodeGenerator(new SecureRandom());
    }

    /** {@code count} distinct codes. */
    public List<String> generate(int count) {
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < count) {
            codes.add(one());
        }
        return List.copyOf(codes);
    }

    String one() {
        StringBuilder code = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                code.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return code.toString();
    }
}

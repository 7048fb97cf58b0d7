package dev.priceflow.recommender.evaluation.cli;

import java.nio.file.Path;

/** Parsed and checked {@code eval-recs} options; bad values throw {@link IllegalArgumentException}. */
record EvalOptions(Path interactions, InteractionFile.Format format, double split, int k, long seed,
                   int factors, int iterations, boolean tune, Path deriveFrom, Path out) {

    static EvalOptions parse(String[] args) {
        Path file = null;
        Path derive = null;
        Path out = null;
        InteractionFile.Format format = InteractionFile.Format.CSV;
        double split = 0.75;
        int k = 10;
        long seed = 42;
        int factors = 32;
        int iterations = 12;
        boolean tune = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--tune")) {
                tune = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--interactions" -> file = Path.of(v);
                case "--format" -> format = InteractionFile.Format.parse(v);
                case "--split" -> split = number(a, v);
                case "--k" -> k = (int) whole(a, v);
                case "--seed" -> seed = whole(a, v);
                case "--factors" -> factors = (int) whole(a, v);
                case "--iterations" -> iterations = (int) whole(a, v);
                case "--derive-online-retail" -> derive = Path.of(v);
                case "--out" -> out = Path.of(v);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (derive != null) {
            if (out == null) {
                throw new IllegalArgumentException("--derive-online-retail needs --out FILE");
            }
        } else if (file == null) {
            throw new IllegalArgumentException("--interactions FILE is required");
        }
        if (!(split > 0 && split < 1)) {
            throw new IllegalArgumentException("--split must be strictly between 0 and 1, got " + split);
        }
        if (k < 1 || k > 1000) {
            throw new IllegalArgumentException("--k must be in 1..1000, got " + k);
        }
        if (factors < 1 || factors > 512 || iterations < 1 || iterations > 100) {
            throw new IllegalArgumentException("--factors must be in 1..512 and --iterations in 1..100");
        }
        return new EvalOptions(file, format, split, k, seed, factors, iterations, tune, derive, out);
    }

    private static double number(String option, String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got '" + v + "'");
        }
    }

    private static long whole(String option, String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs an integer, got '" + v + "'");
        }
    }
}

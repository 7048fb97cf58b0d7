package dev.priceflow.recommender.evaluation.cli;

import dev.priceflow.recommender.learning.domain.Interaction;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads interactions: {@code csv} = {@code user,item,rating,timestamp} (optional header line with those names),
 * {@code movielens} = u.data (tab-separated, no header). Rating must be a positive number, timestamp an integer
 * (epoch seconds). The first bad line stops the read with its number and the reason.
 */
final class InteractionFile {

    enum Format {
        CSV(","), MOVIELENS("\t");

        final Pattern separator;

        Format(String separator) {
            this.separator = Pattern.compile(Pattern.quote(separator));
        }

        static Format parse(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "movielens" -> MOVIELENS;
                default -> throw new IllegalArgumentException("--format must be csv or movielens, got '" + value + "'");
            };
        }
    }

    /** A malformed line: its 1-based number and what is wrong. */
    static final class BadLine extends Exception {
        BadLine(Path file, long line, String reason) {
            super(file + " line " + line + ": " + reason);
        }
    }

    private InteractionFile() {
    }

    static List<Interaction> read(Path file, Format format) throws IOException, BadLine {
        List<Interaction> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (number == 1 && format == Format.CSV && isHeader(line)) {
                    continue;
                }
                out.add(parse(file, number, line, format));
            }
        }
        if (out.isEmpty()) {
            throw new BadLine(file, 0, "no interactions in the file");
        }
        return out;
    }

    static boolean isHeader(String line) {
        return line.trim().toLowerCase(Locale.ROOT).replace(" ", "").equals("user,item,rating,timestamp");
    }

    static Interaction parse(Path file, long number, String line, Format format) throws BadLine {
        String[] f = format.separator.split(line.strip(), -1);
        if (f.length != 4) {
            throw new BadLine(file, number, "expected 4 fields (user, item, rating, timestamp), found " + f.length);
        }
        String user = f[0].trim();
        String item = f[1].trim();
        if (user.isEmpty() || item.isEmpty()) {
            throw new BadLine(file, number, user.isEmpty() ? "empty user" : "empty item");
        }
        double rating;
        try {
            rating = Double.parseDouble(f[2].trim());
        } catch (NumberFormatException e) {
            throw new BadLine(file, number, "rating '" + f[2].trim() + "' is not a number");
        }
        if (!(rating > 0) || Double.isInfinite(rating)) {
            throw new BadLine(file, number, "rating must be a positive finite number, got " + f[2].trim());
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(f[3].trim());
        } catch (NumberFormatException e) {
            throw new BadLine(file, number, "timestamp '" + f[3].trim() + "' is not an integer (epoch seconds)");
        }
        return new Interaction(user, item, rating, timestamp);
    }
}

package dev.priceflow.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** A stock-keeping unit: 1–32 characters of upper-case letters, digits, '-' and '_'. */
public record Sku(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");

    public Sku {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("malformed SKU '" + value + "': expected 1-32 of A-Z, 0-9, '-', '_'");
        }
    }

    @JsonCreator
    public static Sku of(String value) {
        return new Sku(value);
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}

package dev.priceflow.infra.demo;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Derives a demo category from a product description. The description is split into words (runs of letters,
 * upper-cased); the first rule in table order with a matching word wins, else {@value #OTHER}. Order matters:
 * "JUMBO BAG 50'S CHRISTMAS" is christmas, "SET OF 3 CAKE TINS" is baking, "LUNCH BOX" is boxes-tins.
 * The same table is printed in demo-data/README.md.
 */
final class Categories {

    static final String OTHER = "other";

    private static final Map<String, Set<String>> RULES = new LinkedHashMap<>();

    static {
        rule("christmas", "CHRISTMAS XMAS ADVENT SANTA REINDEER SLEIGH SNOWFLAKE CRACKERS");
        rule("bags", "BAG BAGS SHOPPER");
        rule("candles-lights", "CANDLE CANDLES CANDLEHOLDER LIGHT LIGHTS LANTERN");
        rule("baking", "CAKE CAKES CAKESTAND BAKING COOKIE MOULDS");
        rule("kitchen", "KITCHEN SCALES JAM APRON OVEN BREAD SPOONS PANTRY DOILIES TOWELS POPCORN CONTAINER");
        rule("garden", "GARDEN GARDENERS PLANT");
        rule("mugs-tableware", "MUG MUGS CUP CUPS TEACUP SAUCER TEAPOT BOWL BOWLS PLATE PLATES JUG CUTLERY");
        rule("clocks", "CLOCK");
        rule("signs", "SIGN CHALKBOARD");
        rule("party", "BUNTING PARTY NAPKINS PARASOLS CHAIN");
        rule("cards-wrap", "CARD CARDS WRAP WRAPPING STATIONERY NOTEBOOKS CRAYONS RIBBON RIBBONS");
        rule("boxes-tins", "BOX BOXES TIN TINS JAR CHEST");
        rule("home", "DOORMAT CUSHION BOTTLE HOTTIE WARMER FRAME KNOB HOOK HANGER WICKER DECORATION "
                + "DECORATIONS ORNAMENT CABINET RACK BLOCK PEGS BASKET");
        rule("toys-games", "TOY GAME DOLL SKITTLES DOMINOES HARMONICA TOPS FELTCRAFT PLAYHOUSE ROPE NANCY GLIDERS "
                + "COLOURING SEWING");
    }

    private Categories() {
    }

    private static void rule(String category, String words) {
        RULES.put(category, Set.of(words.split(" ")));
    }

    static String of(String description) {
        Set<String> words = Arrays.stream(description.toUpperCase(Locale.ROOT).split("[^A-Z]+"))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
        return RULES.entrySet().stream()
                .filter(rule -> rule.getValue().stream().anyMatch(words::contains))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(OTHER);
    }

    /** The rule table in order, for the README: category -> sorted words. */
    static Map<String, Set<String>> table() {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        RULES.forEach((k, v) -> copy.put(k, new TreeSet<>(v)));
        return copy;
    }
}

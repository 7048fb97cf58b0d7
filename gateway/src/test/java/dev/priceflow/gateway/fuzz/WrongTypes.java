package dev.priceflow.gateway.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replaces one randomly chosen value (at any depth) of a JSON body with a value of the wrong type from
 * {@link Payloads#WRONG_VALUES}. Bases are invalid in at least two independent fields, so one replacement can
 * never turn a request into one that creates something.
 */
final class WrongTypes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WrongTypes() {
    }

    static String mutate(String json, Random random) {
        JsonNode root = JSON.readTree(json);
        List<Runnable> replacements = new ArrayList<>();
        collect(root, random, replacements);
        if (replacements.isEmpty()) {
            return json;
        }
        Payloads.pick(random, replacements).run();
        return JSON.writeValueAsString(root);
    }

    private static void collect(JsonNode node, Random random, List<Runnable> into) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String name = field.getKey();
                into.add(() -> object.set(name, wrongValue(random)));
                collect(field.getValue(), random, into);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                into.add(() -> array.set(index, wrongValue(random)));
                collect(array.get(i), random, into);
            }
        }
    }

    private static JsonNode wrongValue(Random random) {
        return JSON.readTree(Payloads.pick(random, Payloads.WRONG_VALUES));
    }
}

package dev.priceflow.recommender.recommendation.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Picks the final list from a ranked one: at most {@code ceil(limit * maxCategoryShare)} items per category
 * while other items remain, and {@code floor(limit * explorationShare)} slots (at least one when the share is
 * positive and the list has 4+ slots) for items of categories not yet shown, drawn at random from the rest.
 */
final class Diversifier {

    private Diversifier() {
    }

    static List<Ranked> pick(List<Ranked> ranked, int limit, double maxCategoryShare, double explorationShare,
                             Random random) {
        int explore = explorationShare <= 0 ? 0
                : Math.max(limit >= 4 ? 1 : 0, (int) Math.floor(limit * explorationShare));
        int cap = Math.max(1, (int) Math.ceil(limit * maxCategoryShare));
        List<Ranked> out = new ArrayList<>();
        List<Ranked> skipped = new ArrayList<>();
        Map<String, Integer> perCategory = new HashMap<>();
        for (Ranked r : ranked) {
            if (out.size() >= limit - explore) {
                skipped.add(r);
                continue;
            }
            String c = r.product().category();
            if (perCategory.getOrDefault(c, 0) >= cap) {
                skipped.add(r);
            } else {
                out.add(r);
                perCategory.merge(c, 1, Integer::sum);
            }
        }
        Set<String> shown = new HashSet<>(perCategory.keySet());
        List<Ranked> fresh = new ArrayList<>(skipped.stream().filter(r -> !shown.contains(r.product().category()))
                .toList());
        for (int i = 0; i < explore && !fresh.isEmpty(); i++) {
            Ranked pick = fresh.remove(random.nextInt(fresh.size()));
            fresh.removeIf(r -> r.product().category().equals(pick.product().category()));
            skipped.remove(pick);
            List<String> why = new ArrayList<>(pick.reasons());
            why.add(Reasons.EXPLORE);
            out.add(new Ranked(pick.product(), pick.score(), why));
        }
        for (Ranked r : skipped) {
            if (out.size() >= limit) {
                break;
            }
            out.add(r);
        }
        return out;
    }
}

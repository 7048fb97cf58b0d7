package dev.priceflow.infra.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/** Picks the demo shoppers among real customers; every rule here is restated in demo-data/README.md. */
final class Shoppers {

    static final String ALICE = "6f1c2a8e-0000-4000-8000-00000000a11c";
    static final String BOB = "6f1c2a8e-0000-4000-8000-000000000b0b";
    /** Wholesalers with hundreds of invoices would swamp the demo: every pick has at most this many. */
    static final int MAX_INVOICES = 40;
    static final int MIN_INVOICES_NAMED = 10;
    static final int MIN_LINES_BOB = 50;
    static final int MIN_INVOICES_OTHERS = 3;
    /** bob spends like alice (between this fraction and its inverse of her spend), so what differs is how. */
    static final double COMPARABLE_SPEND = 0.5;

    private Shoppers() {
    }

    /**
     * The picks and how different bob is from alice: cosine of their category mixes (0 = nothing shared) and each
     * one's paid-to-list ratio (Σ paid / Σ list over their lines; 1 = always at list price).
     */
    record Selection(List<CustomerRow> customers, double aliceBobCosine, double alicePaidToList,
                     double bobPaidToList) {
    }

    /**
     * alice: most invoices among customers with 10..40 invoices (ties: more lines, then lower id);
     * bob: among customers with 10..40 invoices, at least 50 lines and a spend between half and twice alice's,
     * the lowest paid-to-list ratio, i.e. the comparable spender who buys furthest below list price (the
     * bargain hunter next to alice, who pays about list; ties: lower id); others: {@code othersCount} drawn
     * with {@code random} from the remaining customers with 3..40 invoices, listed by id.
     */
    static Selection pick(List<SaleLine> lines, Map<String, String> categoryBySku,
                          Map<String, BigDecimal> listPriceBySku, int othersCount, Random random) {
        Map<String, Profile> profiles = new HashMap<>();
        for (SaleLine line : lines) {
            profiles.computeIfAbsent(line.customerId(), k -> new Profile())
                    .add(line, categoryBySku.get(line.sku()), listPriceBySku.get(line.sku()));
        }
        Comparator<Map.Entry<String, Profile>> byId = Map.Entry.comparingByKey();
        Map.Entry<String, Profile> alice = candidates(profiles, p -> p.named()).stream()
                .min(Comparator.<Map.Entry<String, Profile>>comparingInt(e -> -e.getValue().invoices.size())
                        .thenComparingInt(e -> -e.getValue().lines).thenComparing(byId))
                .orElseThrow(() -> new IllegalStateException("no customer qualifies as alice"));
        double aliceSpend = alice.getValue().paid;
        Map.Entry<String, Profile> bob = candidates(profiles, p -> p.named() && p.lines >= MIN_LINES_BOB
                && p.paid >= aliceSpend * COMPARABLE_SPEND && p.paid <= aliceSpend / COMPARABLE_SPEND).stream()
                .filter(e -> !e.getKey().equals(alice.getKey()))
                .min(Comparator.<Map.Entry<String, Profile>>comparingDouble(e -> e.getValue().paidToList())
                        .thenComparing(byId))
                .orElseThrow(() -> new IllegalStateException("no customer qualifies as bob"));
        List<String> pool = new ArrayList<>(candidates(profiles, p -> p.invoices.size() >= MIN_INVOICES_OTHERS)
                .stream().map(Map.Entry::getKey)
                .filter(id -> !id.equals(alice.getKey()) && !id.equals(bob.getKey()))
                .sorted(Comparator.comparingInt(Integer::parseInt)).toList());
        Collections.shuffle(pool, random);
        List<CustomerRow> out = new ArrayList<>();
        out.add(new CustomerRow(ALICE, "alice", alice.getKey()));
        out.add(new CustomerRow(BOB, "bob", bob.getKey()));
        pool.stream().limit(othersCount).sorted(Comparator.comparingInt(Integer::parseInt))
                .forEach(id -> out.add(new CustomerRow("customer-" + id, "", id)));
        return new Selection(out, cosine(alice.getValue().categories, bob.getValue().categories),
                alice.getValue().paidToList(), bob.getValue().paidToList());
    }

    private static List<Map.Entry<String, Profile>> candidates(Map<String, Profile> profiles,
                                                              Predicate<Profile> rule) {
        return profiles.entrySet().stream()
                .filter(e -> e.getValue().invoices.size() <= MAX_INVOICES && rule.test(e.getValue()))
                .toList();
    }

    static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
        double dot = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            dot += (double) e.getValue() * b.getOrDefault(e.getKey(), 0);
        }
        return dot == 0 ? 0 : dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Integer> v) {
        return Math.sqrt(v.values().stream().mapToDouble(x -> (double) x * x).sum());
    }

    private static final class Profile {
        final Set<String> invoices = new HashSet<>();
        final Map<String, Integer> categories = new HashMap<>();
        int lines;
        double paid;
        double list;

        void add(SaleLine line, String category, BigDecimal listPrice) {
            invoices.add(line.invoiceNo());
            categories.merge(category, 1, Integer::sum);
            lines++;
            paid += line.quantity() * Catalogue.pennies(line.unitPrice()).doubleValue();
            list += listPrice == null ? 0 : line.quantity() * listPrice.doubleValue();
        }

        double paidToList() {
            return list == 0 ? 1.0 : paid / list;
        }

        boolean named() {
            return invoices.size() >= MIN_INVOICES_NAMED;
        }
    }
}

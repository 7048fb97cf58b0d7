package dev.priceflow.bench.chaos;

import dev.priceflow.bench.http.HttpLoad;
import dev.priceflow.bench.http.Tokens;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The fault driver of {@code ./priceflow chaos} (docs/bench.md, "Faults"): for each component in turn, steady
 * load, SIGKILL, restart through the project's script, more load, then the accounting; one Markdown table at the
 * end. Exit 0 when every round passed, 1 when any failed or could not run, 2 on bad options.
 */
public final class ChaosMain {

    private static final List<String> DEFAULT_SKUS = List.of("85123A", "85099B", "22423", "47566", "20725");

    private ChaosMain() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        ChaosOptions o;
        try {
            o = ChaosOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        List<String> skus = o.catalogue() == null ? DEFAULT_SKUS : skus(Path.of(o.catalogue()));
        Downstream downstream = new Downstream(o.pgUrl(), o.pgUser(), o.pgPassword());
        Map<String, BigDecimal> floors = downstream.floors();
        List<String> users = new ArrayList<>(o.priceUsers());
        users.add(o.eventUser());
        if (o.checkoutRate() > 0) {
            users.add(o.marketingUser());
        }
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        List<ChaosRow> rows = new ArrayList<>();
        ProbePromotion promotion = null;
        try (HttpLoad http = new HttpLoad(64); TokenCache tokens = new TokenCache(new Tokens(o.keycloak()), users)) {
            String chaosUserId = Tokens.subject(tokens.token(o.eventUser()));
            StackControl stack = new StackControl(o.priceflow(), Path.of(o.logs()));
            Redemptions redemptions = null;
            if (o.checkoutRate() > 0) {
                promotion = probePromotion(o, tokens);
                redemptions = new Redemptions(o, http, tokens, downstream, promotion, chaosUserId, run);
            }
            ChaosRound round = new ChaosRound(o, http, tokens, stack, downstream, floors, skus, chaosUserId, run,
                    redemptions);
            progress("%s; %d SKUs (%d with a floor); prices as %s, events and checkouts as %s", o, skus.size(),
                    floors.size(), o.priceUsers(), o.eventUser());
            for (String component : o.components()) {
                progress("%s: load %d s, kill -9, restart, load %d s more", component, o.before().toSeconds(),
                        o.after().toSeconds());
                ChaosRow row;
                try {
                    row = round.run(component);
                } catch (Exception e) {
                    row = ChaosRow.failed(component, e.getMessage());
                }
                rows.add(row);
                progress("%s done: %s", component, ChaosTable.render(List.of(row)).lines().skip(2).findFirst()
                        .orElse(""));
                Thread.sleep(5000); // let the stack settle before the next kill
            }
        } finally {
            if (promotion != null) {
                promotion.close();
            }
        }
        progress("done");
        System.out.println();
        System.out.print(ChaosTable.render(rows));
        System.exit(rows.stream().allMatch(ChaosRow::passed) ? 0 : 1);
    }

    /**
     * Creates the run's promotion (code CHAOS-&lt;epoch seconds&gt;, ending well after the run) and registers its
     * end for an interrupted run too; exits 1 before any kill when it cannot be set up.
     */
    private static ProbePromotion probePromotion(ChaosOptions o, TokenCache tokens) throws InterruptedException {
        Tokens fresh = new Tokens(o.keycloak());
        Supplier<String> token = () -> {
            try {
                return fresh.of(o.marketingUser());
            } catch (RuntimeException e) {
                return tokens.token(o.marketingUser()); // Keycloak down: the cached token is still valid
            }
        };
        long perRound = o.before().toSeconds() + o.after().toSeconds() + o.settle().toSeconds() + 900;
        Instant endsAt = Instant.now().plusSeconds(o.components().size() * perRound + 3600);
        String code = "CHAOS-" + Instant.now().getEpochSecond();
        try {
            ProbePromotion p = ProbePromotion.create(o.gateway(), token, o.checkoutSku(), code, endsAt);
            Runtime.getRuntime().addShutdownHook(new Thread(p::close, "chaos-probe-cleanup"));
            progress("redemption probe: promotion %s, code %s, %s %% off %s until %s, %s checkouts/s", p.id(), code,
                    ProbePromotion.PERCENT_OFF, o.checkoutSku(), endsAt.truncatedTo(ChronoUnit.SECONDS),
                    o.checkoutRate());
            return p;
        } catch (IOException | RuntimeException e) {
            System.err.println("the redemption probe's promotion could not be set up (nothing was killed): "
                    + e.getMessage() + " (--checkout-rate 0 runs without the probe)");
            System.exit(1);
            return null;
        }
    }

    static List<String> skus(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",", 2)[0].trim())
                .filter(s -> !s.isEmpty()).toList();
    }

    private static void progress(String format, Object... args) {
        System.out.printf("- %s %s%n", Instant.now().truncatedTo(ChronoUnit.SECONDS), String.format(format, args));
        System.out.flush();
    }
}

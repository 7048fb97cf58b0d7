package dev.priceflow.gateway.fuzz;

import static dev.priceflow.gateway.fuzz.Expect.refused;
import static dev.priceflow.gateway.fuzz.Expect.refusedOrHarmless;
import static dev.priceflow.gateway.fuzz.Expect.refusedOrNothingAccepted;

import java.util.List;

/**
 * Every public endpoint of the README's API table, with bases chosen so that nothing is created, changed,
 * redeemed or erased: writes carry bodies invalid in two or more independent fields, ids that do not exist,
 * no DELETE and no training POST at all. The shopper is alice, marketing mia, admin adam (demo users).
 */
final class Catalogue {

    static final String ALICE_ID = "6f1c2a8e-0000-4000-8000-00000000a11c";
    /** Ids that exist nowhere (promotion, training job, Keycloak user). */
    static final String NO_SUCH_ID = "00000000-0000-4000-8000-00000000f022";
    /** Well formed, not in the catalogue and without sales history: answers fast, never loads the model. */
    static final String NO_SUCH_SKU = "ZZFUZZ1";

    private static final String ORDER = "{\"lines\":[{\"quoteToken\":\"fuzz.not.a.quote\",\"quantity\":-3}],"
            + "\"codes\":[\"FUZZ-NO-SUCH-CODE\"],\"channel\":\"web\"}";
    private static final String EVENT = "[{\"type\":\"ProductViewed\",\"eventId\":\"not-a-uuid\",\"occurredAt\":"
            + "\"yesterday\",\"schemaVersion\":99,\"userId\":\"" + ALICE_ID + "\",\"sku\":\"85123A\",\"channel\":\"web\"}]";
    private static final String PROMOTION = "{\"name\":\"fuzz\",\"kind\":\"NOPE\",\"value\":\"-1\",\"target\":"
            + "{\"sku\":\"85123A\"},\"startsAt\":\"not-a-date\",\"endsAt\":\"never\",\"status\":\"scheduled\",\"version\":-1}";
    private static final String POLICY = "{\"objective\":\"NOPE\",\"targetMarginPercent\":\"abc\","
            + "\"maxDailyChangePercent\":\"-5\",\"priceEnding\":\"7\",\"version\":-3}";
    private static final String SIMULATION = "{\"from\":\"2026-12-10\",\"to\":\"2026-12-01\",\"channel\":\"web\","
            + "\"promotion\":{\"kind\":\"PERCENT_OFF\",\"value\":\"150\",\"sku\":\"85123A\"}}";
    private static final String EXPERIMENT = "{\"name\":\"fuzz\",\"sku\":\"85123A\",\"arms\":[{\"name\":\"control\","
            + "\"priceChangePercent\":0},{\"name\":\"up\",\"priceChangePercent\":90}],\"holdoutPercent\":150,"
            + "\"startsAt\":\"not-a-date\",\"endsAt\":\"never\"}";
    private static final String OBSERVATIONS = "{\"observations\":[{\"sku\":\"85123A\",\"competitor\":\"fuzz\","
            + "\"price\":\"-1\",\"currency\":\"XXX\",\"observedAt\":\"not-a-date\"}]}";

    private Catalogue() {
    }

    static List<Target> targets() {
        return List.of(
                Target.get("/api/v1/prices/{p}", "alice").pathValue("85123A", refusedOrHarmless())
                        .query(refusedOrHarmless(), "channel", "web"),
                Target.write("POST", "/api/v1/prices/batch", "alice",
                        "{\"skus\":[\"85123A\",\"NO SUCH\"],\"channel\":\"web\"}", refusedOrHarmless()),
                Target.write("POST", "/api/v1/orders/price", "alice", ORDER, refused()),
                Target.write("POST", "/api/v1/orders", "alice", ORDER, refused()).withIdempotencyKey(),
                Target.write("POST", "/api/v1/events", "alice", EVENT, refusedOrNothingAccepted()),
                Target.get("/api/v1/promotions", "mia").query(refusedOrHarmless(), "status", "active"),
                Target.get("/api/v1/promotions/{p}", "mia").pathValue(NO_SUCH_ID, refused()),
                Target.write("POST", "/api/v1/promotions", "mia", PROMOTION, refused()),
                Target.write("PUT", "/api/v1/promotions/{p}", "mia", PROMOTION, refused()).pathValue(NO_SUCH_ID, refused()),
                Target.get("/api/v1/pricing/policies", "mia"),
                Target.get("/api/v1/pricing/policies/{p}", "mia").pathValue("zz-fuzz-none", refused()),
                Target.write("PUT", "/api/v1/pricing/policies/{p}", "mia", POLICY, refused())
                        .pathValue("zz-fuzz-none", refused()),
                // an end before the start and a holdout over 100 %: the base bodies are refused too
                Target.write("POST", "/api/v1/pricing/simulations", "mia", SIMULATION, refused()),
                Target.get("/api/v1/pricing/experiments", "mia"),
                Target.write("POST", "/api/v1/pricing/experiments", "mia", EXPERIMENT, refused()),
                Target.get("/api/v1/pricing/experiments/{p}/results", "mia").pathValue("999999999", refused()),
                Target.get("/api/v1/profiles/me", "alice"),
                Target.get("/api/v1/profiles/me/export", "alice"),
                Target.get("/api/v1/profiles/{p}", "adam").pathValue(ALICE_ID, refusedOrHarmless()),
                Target.get("/api/v1/segments", "mia"),
                Target.get("/api/v1/trends", "mia").query(refusedOrHarmless(), "category", "home", "window", "day"),
                Target.write("POST", "/api/v1/competitor-prices", "mia", OBSERVATIONS, refused()),
                Target.get("/api/v1/recommendations", "alice").query(refusedOrHarmless(), "context", "home",
                        "limit", "5", "category", "home", "maxPrice", "20"),
                Target.get("/api/v1/products/search", "alice").query(refusedOrHarmless(), "q", "mug",
                        "category", "kitchen", "maxPrice", "20", "limit", "5"),
                Target.get("/api/v1/elasticities/{p}", "mia").pathValue("85123A", refusedOrHarmless()),
                Target.get("/api/v1/forecasts/{p}", "mia").pathValue(NO_SUCH_SKU, refused())
                        .query(refused(), "horizon", "4"),
                Target.write("POST", "/api/v1/forecasts/{p}/what-if", "mia",
                        "{\"prices\":[\"-1\",\"abc\"],\"promotions\":[\"x\"]}", refused()).pathValue(NO_SUCH_SKU, refused()),
                Target.get("/api/v1/forecast/models", "mia"),
                Target.get("/api/v1/forecast/models/jobs/{p}", "mia").pathValue(NO_SUCH_ID, refused()),
                Target.get("/api/v1/admin/users", "adam").query(refusedOrHarmless(), "q", "alice", "page", "0",
                        "size", "20"),
                Target.get("/api/v1/admin/audit", "adam").query(refusedOrHarmless(), "limit", "10", "before", "0-0"),
                Target.write("PUT", "/api/v1/admin/users/{p}/enabled", "adam",
                        "{\"enabled\":\"maybe\",\"note\":\"fuzz\"}", refused()).pathValue(NO_SUCH_ID, refused()));
    }
}

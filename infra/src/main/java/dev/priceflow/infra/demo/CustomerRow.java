package dev.priceflow.infra.demo;

import java.util.List;

/**
 * One row of demo-data/customers.csv: a demo user id and the source CustomerID whose history it replays.
 * {@code demoUser} is the Keycloak username for alice and bob, empty for the other sampled customers.
 */
public record CustomerRow(String userId, String demoUser, String sourceCustomerId) {

    public static final String HEADER = "userId,demoUser,sourceCustomerId";

    String toCsv() {
        return Csv.line(userId, demoUser, sourceCustomerId);
    }

    static CustomerRow fromCsv(List<String> f) {
        return new CustomerRow(f.get(0), f.get(1), f.get(2));
    }
}

package dev.priceflow.pricing.it;

import dev.priceflow.infra.test.Stack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC against the stack's PostgreSQL for integration tests: set up, clean up, read back. */
public final class ItSql {

    private ItSql() {
    }

    /** Runs one INSERT/UPDATE/DELETE with positional parameters. */
    public static void update(Stack stack, String statement, Object... args) throws Exception {
        try (Connection db = connect(stack); PreparedStatement ps = db.prepareStatement(statement)) {
            bind(ps, args);
            ps.executeUpdate();
        }
    }

    /** The first column of every row the query returns, as text. */
    public static List<String> column(Stack stack, String query, Object... args) throws Exception {
        try (Connection db = connect(stack); PreparedStatement ps = db.prepareStatement(query)) {
            bind(ps, args);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    private static Connection connect(Stack stack) throws Exception {
        return DriverManager.getConnection(stack.pgUrl(), stack.pgUser(), stack.pgPassword());
    }

    private static void bind(PreparedStatement ps, Object... args) throws Exception {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }
}

package dev.priceflow.infra.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Upserts the demo catalogue into the pricing service's product table (created by its Flyway migration), in one
 * transaction: either every product is written or none. Connect timeout 10 s, statement timeout 30 s.
 */
final class PostgresCatalogue {

    static final String TABLE = "pricing.product";
    private static final Pattern QUALIFIED_NAME = Pattern.compile("[a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*");
    private static final int CONNECT_TIMEOUT_S = 10;
    private static final int STATEMENT_TIMEOUT_S = 30;

    private final String url;
    private final String user;
    private final String password;
    private final String table;

    /** {@code table} is schema-qualified; tests point it at a scratch schema. */
    PostgresCatalogue(String url, String user, String password, String table) {
        if (!QUALIFIED_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("table must be schema.table in lower case, got '" + table + "'");
        }
        this.url = url;
        this.user = user;
        this.password = password;
        this.table = table;
    }

    /** Inserts or updates every product (keyed by sku); returns the number of rows written. */
    int upsert(List<ProductRow> products) throws SQLException {
        String sql = "INSERT INTO " + table + " (sku, name, category, currency, list_price, unit_cost, stock,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, now()) ON CONFLICT (sku) DO UPDATE SET"
                + " name = EXCLUDED.name, category = EXCLUDED.category, currency = EXCLUDED.currency,"
                + " list_price = EXCLUDED.list_price, unit_cost = EXCLUDED.unit_cost, stock = EXCLUDED.stock,"
                + " updated_at = now()";
        try (Connection connection = connect()) {
            requireTable(connection);
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setQueryTimeout(STATEMENT_TIMEOUT_S);
                for (ProductRow p : products) {
                    insert.setString(1, p.sku());
                    insert.setString(2, p.name());
                    insert.setString(3, p.category());
                    insert.setString(4, p.currency());
                    insert.setBigDecimal(5, p.listPrice());
                    insert.setBigDecimal(6, p.unitCost());
                    insert.setInt(7, p.stock());
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
                return products.size();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Rows in the table, to report after the upsert. */
    int count() throws SQLException {
        try (Connection connection = connect();
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM " + table);
             ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_S));
        props.setProperty("socketTimeout", String.valueOf(STATEMENT_TIMEOUT_S * 2));
        props.setProperty("ApplicationName", "priceflow-demo-loader");
        try {
            return DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            throw new SQLException("cannot connect to PostgreSQL at " + url + " as " + user + ": " + e.getMessage()
                    + " — start the stack with ./priceflow up --servers-only", e.getSQLState(), e);
        }
    }

    private void requireTable(Connection connection) throws SQLException {
        try (PreparedStatement check = connection.prepareStatement("SELECT to_regclass(?)")) {
            check.setString(1, table);
            try (ResultSet rs = check.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    throw new IllegalStateException("table " + table + " does not exist in " + url
                            + " — start the pricing service first (its Flyway migration creates it)");
                }
            }
        }
    }
}

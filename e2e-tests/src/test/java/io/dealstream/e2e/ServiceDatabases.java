package io.dealstream.e2e;

import io.dealstream.localstack.LocalPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct reads of the services' own databases, for what no API shows (stored payloads, trace columns). */
final class ServiceDatabases {

    private ServiceDatabases() {
    }

    static Connection connect(Platform platform, String database) throws SQLException {
        return DriverManager.getConnection(platform.stack().postgres().jdbcUrl(database), LocalPostgres.USER,
                LocalPostgres.PASSWORD);
    }

    /** The first column of the first row (null when there is none). */
    static Object single(Platform platform, String database, String sql, Object... args) {
        try (Connection c = connect(platform, database); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + e.getMessage(), e);
        }
    }

    static long count(Platform platform, String database, String sql, Object... args) {
        return ((Number) single(platform, database, sql, args)).longValue();
    }
}

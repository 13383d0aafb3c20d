package io.dealstream.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The outages the fault tests rely on: a stopped or killed PostgreSQL comes back on its port with its data. */
class LocalPostgresTest {

    @Test
    void aStoppedOrKilledServerComesBackWithEveryCommittedRowAndCommitsSynchronously() throws SQLException {
        try (LocalPostgres postgres = LocalPostgres.start(0, null)) {
            postgres.ensureDatabase("outage");
            execute(postgres, "CREATE TABLE t (n int)");
            execute(postgres, "INSERT INTO t VALUES (1)");
            assertThat(single(postgres, "SHOW synchronous_commit")).isEqualTo("on");

            postgres.stop();
            postgres.restart();
            execute(postgres, "INSERT INTO t VALUES (2)");

            postgres.kill();
            postgres.restart();
            assertThat(single(postgres, "SELECT string_agg(n::text, ',' ORDER BY n) FROM t")).isEqualTo("1,2");
        }
    }

    private static void execute(LocalPostgres postgres, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("outage"), LocalPostgres.USER, LocalPostgres.PASSWORD);
             Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String single(LocalPostgres postgres, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("outage"), LocalPostgres.USER, LocalPostgres.PASSWORD);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

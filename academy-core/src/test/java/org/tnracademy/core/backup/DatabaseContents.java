package org.tnracademy.core.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every row of every table of the academy's schema, as text sorted per table: two databases with
 * equal contents give equal values, whatever order their rows are stored in.
 */
record DatabaseContents(Map<String, List<String>> rowsByTable) {

    /** The tables a restore must above all bring back, by the schema's names: accounts, submissions, grades, certificates, audit. */
    static final List<String> IMPORTANT = List.of("account", "account_role", "attempt", "exercise_progress",
            "certificate", "audit_entry", "cohort_member", "flyway_schema_history");

    static DatabaseContents of(Connection connection, String schema) throws SQLException {
        Map<String, List<String>> rows = new TreeMap<>();
        DatabaseMetaData meta = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet found = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (found.next()) {
                tables.add(found.getString("TABLE_NAME"));
            }
        }
        for (String table : tables) {
            List<String> lines = new ArrayList<>();
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("select * from " + schema + "." + quoted(table))) {
                ResultSetMetaData columns = r.getMetaData();
                while (r.next()) {
                    StringBuilder line = new StringBuilder();
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        Object value = r.getObject(c);
                        line.append(columns.getColumnName(c).toLowerCase(Locale.ROOT)).append('=')
                                .append(value instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes) : value)
                                .append('|');
                    }
                    lines.add(line.toString());
                }
            }
            lines.sort(null);
            rows.put(table.toLowerCase(Locale.ROOT), lines);
        }
        return new DatabaseContents(rows);
    }

    int count(String table) {
        return rowsByTable.getOrDefault(table, List.of()).size();
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}

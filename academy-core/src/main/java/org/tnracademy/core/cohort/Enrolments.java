package org.tnracademy.core.cohort;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tnracademy.core.account.AccountSummary;
import org.tnracademy.core.account.Role;

/** The rules of enrolment: reading the enrolment CSV file, and which accounts may join a cohort. */
final class Enrolments {

    private Enrolments() {
    }

    /**
     * The username on each row of the CSV file (rows numbered as a spreadsheet shows them: the
     * header is row 1), blank where a row has none.
     *
     * @throws CohortChangeRefusedException for a missing column, an unreadable or an empty file
     */
    static Map<Integer, String> usernamesByRow(String csv) {
        List<CohortProblem> problems = new ArrayList<>();
        Map<Integer, String> usernameByRow = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv == null ? "" : csv))
                .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                        .setIgnoreEmptyLines(true).get()).get()) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            for (String column : CohortService.CSV_COLUMNS) {
                if (!header.contains(column)) {
                    problems.add(new CohortProblem(1, column, CohortProblem.Reason.MISSING_COLUMN, null));
                }
            }
            refuseIfAny(problems);
            String usernameColumn = parser.getHeaderNames().stream().filter(h -> h.equalsIgnoreCase("username"))
                    .findFirst().orElseThrow();
            for (CSVRecord record : parser) {
                int row = (int) record.getRecordNumber() + 1;
                usernameByRow.put(row, record.isSet(usernameColumn) ? record.get(usernameColumn).strip() : "");
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            problems.add(new CohortProblem(0, "file", CohortProblem.Reason.UNREADABLE_FILE, e.getMessage()));
        }
        refuseIfAny(problems);
        if (usernameByRow.isEmpty()) {
            refuseIfAny(List.of(new CohortProblem(2, "username", CohortProblem.Reason.EMPTY_FILE, null)));
        }
        return usernameByRow;
    }

    /** Adds the problem with enrolling this account, if any: only an existing learner account may join. */
    static void checkLearner(int row, String name, AccountSummary learner, List<CohortProblem> problems) {
        if (name.isEmpty()) {
            problems.add(new CohortProblem(row, "username", CohortProblem.Reason.REQUIRED, null));
        } else if (learner == null) {
            problems.add(new CohortProblem(row, "username", CohortProblem.Reason.UNKNOWN_ACCOUNT, name));
        } else if (!learner.has(Role.LEARNER)) {
            problems.add(new CohortProblem(row, "username", CohortProblem.Reason.NOT_A_LEARNER, name));
        }
    }

    private static void refuseIfAny(List<CohortProblem> problems) {
        if (!problems.isEmpty()) {
            throw new CohortChangeRefusedException(problems);
        }
    }
}

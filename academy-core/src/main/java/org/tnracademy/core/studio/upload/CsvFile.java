package org.tnracademy.core.studio.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV upload as spreadsheets save it (RFC 4180): a header row naming known columns in any order
 * and any case, then records, each handed on with the line it starts on. A byte-order mark is
 * tolerated; a misspelt, repeated or missing column stops the file with every such problem named.
 */
final class CsvFile {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvFile() {
    }

    /** A record's cells by canonical column name. */
    record Row(CSVRecord record, Map<String, Integer> column, int line) {

        /** The 1-based column of a field, for problems. */
        int columnOf(String field) {
            return column.get(field) + 1;
        }

        /** The cell's text, trimmed unless {@code raw}; null for an empty cell or an absent column. */
        String cell(String field, boolean raw) {
            Integer i = column.get(field);
            if (i == null) {
                return null;
            }
            String v = raw ? record.get(i) : record.get(i).strip();
            return v.isBlank() ? null : v;
        }
    }

    /**
     * Calls {@code rows} for every record after the header that has as many fields as the header.
     *
     * @return false when the header could not be used (its problems are reported)
     */
    static boolean read(String text, List<String> columns, List<String> required, ProblemList problems,
                        BiConsumer<Row, ProblemList> rows) {
        String body = !text.isEmpty() && text.charAt(0) == Utf8Text.BOM ? text.substring(1) : text;
        LineIndex lines = new LineIndex(body);
        CSVParser parser;
        try {
            parser = CSVParser.parse(body, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> column = null;
        int width = 0;
        try (parser) {
            for (CSVRecord record : parser) {
                int line = lines.lineOf(record.getCharacterPosition());
                if (column == null) {
                    column = header(record, line, columns, required, problems);
                    if (column == null) {
                        return false;
                    }
                    width = record.size();
                } else if (record.size() != width) {
                    problems.add(line, "has " + record.size() + (record.size() == 1 ? " field" : " fields")
                            + " but the header has " + width
                            + " (a field holding a comma, a quote or a line break must be in double quotes)",
                            UploadProblemCode.CSV_FIELD_COUNT, record.size(), width);
                } else {
                    rows.accept(new Row(record, column, line), problems);
                }
            }
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException | IOException e) {
            // a quote left open or text after a closing quote: nothing after it can be trusted
            problems.add((int) Math.max(1, parser.getCurrentLineNumber()), "not valid CSV: " + e.getMessage()
                    + " (check the double quotes around fields)", UploadProblemCode.CSV_SYNTAX);
            return column != null;
        }
        if (column == null) {
            problems.add(1, "no header row: the first row must name the columns (" + String.join(",", columns) + ")",
                    UploadProblemCode.CSV_NO_HEADER, String.join(",", columns));
            return false;
        }
        return true;
    }

    /** Column positions by canonical name; null (with problems) when the header cannot be used. */
    private static Map<String, Integer> header(CSVRecord record, int line, List<String> columns, List<String> required,
                                               ProblemList problems) {
        Map<String, String> canonical = new HashMap<>();
        columns.forEach(c -> canonical.put(c.toLowerCase(Locale.ROOT), c));
        Map<String, Integer> column = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < record.size(); i++) {
            String raw = record.get(i).strip();
            String name = canonical.get(raw.toLowerCase(Locale.ROOT));
            if (name == null) {
                problems.add(line, "column " + (i + 1) + " '" + raw + "': unknown column (known: "
                        + String.join(", ", columns) + ")", UploadProblemCode.CSV_UNKNOWN_COLUMN, i + 1, raw,
                        String.join(", ", columns));
                ok = false;
            } else if (column.putIfAbsent(name, i) != null) {
                problems.add(line, "column " + (i + 1) + " '" + raw + "': the column " + name + " appears twice",
                        UploadProblemCode.CSV_COLUMN_TWICE, i + 1, raw);
                ok = false;
            }
        }
        for (String r : required) {
            if (!column.containsKey(r)) {
                problems.add(line, "the header has no column " + r + " (required: " + String.join(", ", required) + ")",
                        UploadProblemCode.CSV_COLUMN_MISSING, r, String.join(", ", required));
                ok = false;
            }
        }
        return ok ? column : null;
    }
}

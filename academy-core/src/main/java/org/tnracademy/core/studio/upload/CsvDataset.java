package org.tnracademy.core.studio.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.DatasetItemRules;

/**
 * A dataset as CSV (RFC 4180, as spreadsheets save it): a header row naming the columns, then one
 * item per record. Columns {@code id}, {@code text} and {@code synthetic} are required, {@code
 * platform}, {@code author}, {@code lang} and {@code postedAt} optional, in any order and any case;
 * any other column is refused, so a misspelt one is not silently dropped. Fields holding a comma,
 * a quote or a line break are in double quotes. A byte-order mark is tolerated.
 */
final class CsvDataset {

    static final List<String> REQUIRED = List.of("id", "text", "synthetic");
    static final List<String> COLUMNS = List.of("id", "platform", "author", "lang", "postedAt", "text", "synthetic");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvDataset() {
    }

    static List<CoursePack.Post> read(String text, ProblemList problems) {
        String body = !text.isEmpty() && text.charAt(0) == Utf8Text.BOM ? text.substring(1) : text;
        LineIndex lines = new LineIndex(body);
        List<CoursePack.Post> posts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
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
                    column = header(record, line, problems);
                    if (column == null) {
                        return List.of();
                    }
                    width = record.size();
                    continue;
                }
                if (record.size() != width) {
                    problems.add(line, "has " + record.size() + " field(s) but the header has " + width
                            + " (a field holding a comma, a quote or a line break must be in double quotes)");
                    continue;
                }
                Map<String, Integer> at = column;
                CoursePack.Post post = DatasetItemRules.post(new DatasetItemRules.Fields(cell(record, at, "id"),
                                cell(record, at, "platform"), cell(record, at, "author"), cell(record, at, "lang"),
                                cell(record, at, "postedAt"), cell(record, at, "text")),
                        ids, field -> "column " + (at.get(field) + 1) + " (" + field + ")",
                        reason -> problems.add(line, reason));
                String synthetic = record.get(at.get("synthetic")).strip();
                if (!synthetic.equalsIgnoreCase("true")) {
                    problems.add(line, "column " + (at.get("synthetic") + 1) + " (synthetic): must be true (only"
                            + " synthetic data may enter the academy), was '" + synthetic + "'");
                }
                if (post != null) {
                    posts.add(post);
                }
            }
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException | IOException e) {
            // a quote left open or text after a closing quote: nothing after it can be trusted
            problems.add((int) Math.max(1, parser.getCurrentLineNumber()), "not valid CSV: " + e.getMessage()
                    + " (check the double quotes around fields)");
            return posts;
        }
        if (column == null) {
            problems.add(1, "no header row: the first row must name the columns, such as id,text,synthetic");
        }
        return posts;
    }

    /** Column positions by canonical name; null (with problems) when the header cannot be used. */
    private static Map<String, Integer> header(CSVRecord record, int line, ProblemList problems) {
        Map<String, String> canonical = new HashMap<>();
        COLUMNS.forEach(c -> canonical.put(c.toLowerCase(Locale.ROOT), c));
        Map<String, Integer> column = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < record.size(); i++) {
            String raw = record.get(i).strip();
            String name = canonical.get(raw.toLowerCase(Locale.ROOT));
            if (name == null) {
                problems.add(line, "column " + (i + 1) + " '" + raw + "': unknown column (known: "
                        + String.join(", ", COLUMNS) + ")");
                ok = false;
            } else if (column.putIfAbsent(name, i) != null) {
                problems.add(line, "column " + (i + 1) + " '" + raw + "': the column " + name + " appears twice");
                ok = false;
            }
        }
        for (String required : REQUIRED) {
            if (!column.containsKey(required)) {
                problems.add(line, "the header has no column " + required + " (required: "
                        + String.join(", ", REQUIRED) + ")");
                ok = false;
            }
        }
        return ok ? column : null;
    }

    /**
     * The cell's text, trimmed but for the post's own text; null for an empty cell or a column the
     * file does not have (spreadsheets pad cells with spaces people do not see).
     */
    private static String cell(CSVRecord record, Map<String, Integer> column, String field) {
        Integer i = column.get(field);
        if (i == null) {
            return null;
        }
        String v = field.equals("text") ? record.get(i) : record.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    /** Character offsets to 1-based line numbers, for records that span lines. */
    private static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    s.add(i + 1);
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineOf(long offset) {
            int i = Arrays.binarySearch(starts, (int) Math.min(Integer.MAX_VALUE, offset));
            return i >= 0 ? i + 1 : -i - 1;
        }
    }
}

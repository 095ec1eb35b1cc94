package org.tnracademy.exercises;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads the plain tree a YAML or JSON parser produces (Map, List, String, Number, Boolean) and
 * collects every missing field and wrong type with its path, such as {@code options[2].correct},
 * instead of stopping at the first: an author sees all the mistakes of a file at once.
 *
 * <p>A read that fails returns null (or an empty list, or the fallback) and records the problem;
 * the caller then runs its own checks on what was read and calls {@link #failOnSpecProblems} or
 * {@link #failOnAnswerProblems}, which drop a checked problem already reported at the same path or
 * under it, so each mistake is named once. All readers made from one root share its problems.
 *
 * <p>A field no read asked for is an <em>unknown field</em> and a problem, so that a misspelt
 * optional field such as {@code maxAtempts} is refused rather than silently left at its default.
 * The fields a type reads are its schema; a field it accepts without reading (such as a key's
 * {@code exercise} back-reference) is named with {@link #allow}, and a node whose other fields
 * belong to someone else (such as a STIX object) says so with {@link #allowOtherFields}. Unknown
 * fields are found when the problems are collected, and named just before the first problem read
 * from their node, so a typo comes next to what it caused (the required field it left missing).
 */
public final class TreeReader {

    public enum Issue { MISSING, WRONG_TYPE, INVALID, UNKNOWN_FIELD }

    /**
     * A problem met while reading: where, what kind, the reason in English (logs, the command
     * line) and the same as a code with arguments, which the interface words in the reader's language.
     */
    public record Problem(String path, Issue issue, String reason, ProblemMessage message) {

        @Override
        public String toString() {
            return "Problem[path=" + path + ", issue=" + issue + ", reason=" + reason + "]";
        }
    }

    /** What every reader of one tree shares: the problems, and the map nodes read, by path. */
    private static final class Session {
        final List<Problem> problems = new ArrayList<>();
        /** The same problems as a set: a problem is recorded once, found in constant time. */
        final Set<Problem> recorded = new HashSet<>();
        final Map<String, TreeReader> nodes = new LinkedHashMap<>();
    }

    private final Map<?, ?> node;
    private final String path;
    private final Session session;
    /** The fields asked for or allowed: every other field of the node is unknown. */
    private final Set<String> known = new LinkedHashSet<>();
    private boolean otherFieldsAllowed;
    private boolean namesListed;
    /** Where in the problems this node's unknown fields go: before the first problem read from it. */
    private int mark = -1;

    private TreeReader(Map<?, ?> node, String path, Session session) {
        this.node = node;
        this.path = path;
        this.session = session;
    }

    /** A reader of a whole tree; a null tree is one problem, and every read from it returns nothing. */
    public static TreeReader of(Map<String, ?> tree) {
        Session session = new Session();
        if (tree == null) {
            session.problems.add(new Problem("(root)", Issue.MISSING, "is required",
                    ProblemMessage.of(ReadProblem.REQUIRED)));
            return new TreeReader(null, "", session);
        }
        return node(tree, "", session);
    }

    /** The one reader of the map at {@code at}: reading a node twice shares what it knows. */
    private static TreeReader node(Map<?, ?> map, String at, Session session) {
        return session.nodes.computeIfAbsent(at, p -> new TreeReader(map, p, session));
    }

    public String path() {
        return path;
    }

    /** The path of a field of this node: {@code questions[0].options} for field "options". */
    public String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public boolean has(String field) {
        return raw(field) != null;
    }

    /** Whether the field holds a map, such as a place {latitude, longitude} rather than a number. */
    public boolean isMap(String field) {
        return raw(field) instanceof Map<?, ?>;
    }

    /**
     * The names of this node's fields, in the order the parser kept; a non-text name is a problem.
     * Listing the fields makes them all known: the node is a map of ids, not of fixed fields.
     */
    public List<String> fields() {
        touch();
        namesListed = true;
        List<String> names = new ArrayList<>();
        if (node != null) {
            for (Object name : node.keySet()) {
                if (name instanceof String s) {
                    names.add(s);
                    known.add(s);
                } else {
                    problem(pathOf(String.valueOf(name)), Issue.WRONG_TYPE,
                            "the name must be text, not " + describe(name) + quoteHint(name),
                            ReadProblem.NAME_NOT_TEXT, kind(name).word(), String.valueOf(name));
                }
            }
        }
        return names;
    }

    /** Accepts these fields without reading them, such as the {@code exercise} a key file names. */
    public TreeReader allow(String... fields) {
        known.addAll(List.of(fields));
        return this;
    }

    /** Accepts every field of this node, read or not, such as the properties of a STIX object. */
    public TreeReader allowOtherFields() {
        otherFieldsAllowed = true;
        return this;
    }

    /**
     * Records a problem found while interpreting a value just read, such as an unknown option: the
     * English reason (logs, the command line) and the code with arguments the interface words.
     */
    public void problem(String atPath, Issue issue, String reason, ProblemCode code, Object... args) {
        record(new Problem(atPath, issue, reason, ProblemMessage.of(code, args)));
    }

    private void record(Problem p) {
        if (session.recorded.add(p)) {
            session.problems.add(p);
        }
    }

    /** Every problem read so far, unknown fields included. */
    public List<Problem> problems() {
        return List.copyOf(collected());
    }

    // ---- text

    public String text(String field) {
        return asText(raw(field), pathOf(field), true);
    }

    public String optionalText(String field, String fallback) {
        String value = asText(raw(field), pathOf(field), false);
        return value == null ? fallback : value;
    }

    /** Required text that must be one of {@code allowed}; null when absent or wrong. */
    public String oneOf(String field, Collection<String> allowed) {
        String value = text(field);
        return value == null || isAllowed(value, field, allowed) ? value : null;
    }

    /** Optional text that must be one of {@code allowed}; the fallback when absent or wrong. */
    public String oneOf(String field, Collection<String> allowed, String fallback) {
        String value = optionalText(field, null);
        if (value == null) {
            return fallback;
        }
        return isAllowed(value, field, allowed) ? value : fallback;
    }

    private boolean isAllowed(String value, String field, Collection<String> allowed) {
        if (allowed.contains(value)) {
            return true;
        }
        problem(pathOf(field), Issue.INVALID, "'" + value + "' must be one of " + allowed,
                ReadProblem.NOT_ALLOWED, value, String.join(", ", allowed));
        return false;
    }

    // ---- numbers, flags and instants

    /** A whole number that fits an int: 3, 3L, 3.0 and BigDecimal 3.00 are read; 3.5 and "3" are not. */
    public Integer integer(String field) {
        return asInteger(raw(field), pathOf(field), true);
    }

    public int optionalInteger(String field, int fallback) {
        Integer value = asInteger(raw(field), pathOf(field), false);
        return value == null ? fallback : value;
    }

    /** A finite number. */
    public Double number(String field) {
        return asNumber(raw(field), pathOf(field), true);
    }

    public double optionalNumber(String field, double fallback) {
        Double value = asNumber(raw(field), pathOf(field), false);
        return value == null ? fallback : value;
    }

    public Boolean flag(String field) {
        return asFlag(raw(field), pathOf(field), true);
    }

    public boolean optionalFlag(String field, boolean fallback) {
        Boolean value = asFlag(raw(field), pathOf(field), false);
        return value == null ? fallback : value;
    }

    /**
     * An instant: ISO-8601 text with an offset (2025-03-04T21:30:00+01:00 or ...Z), or the date-time
     * object a YAML parser makes of an unquoted timestamp. A time without offset is refused: across
     * time zones, every time must say which zone it is in.
     */
    public Instant instant(String field) {
        return asInstant(raw(field), pathOf(field));
    }

    // ---- localized text: a map of language -> text

    /** Read as written; whether English is there and no text is blank is for {@link Checks#text}. */
    public LocalizedText localized(String field) {
        return asLocalized(raw(field), pathOf(field), true);
    }

    public LocalizedText optionalLocalized(String field) {
        return asLocalized(raw(field), pathOf(field), false);
    }

    // ---- nested maps and lists

    /** The map under {@code field}; when absent or not a map, a reader that reads nothing. */
    public TreeReader child(String field) {
        return asChild(raw(field), pathOf(field), true);
    }

    /** The map under {@code field}, or an empty one when absent. */
    public TreeReader optionalChild(String field) {
        return asChild(raw(field), pathOf(field), false);
    }

    /** One reader per element of the list of maps under {@code field}; a non-map element reads nothing. */
    public List<TreeReader> objects(String field) {
        return asObjects(raw(field), pathOf(field), true);
    }

    public List<TreeReader> optionalObjects(String field) {
        return asObjects(raw(field), pathOf(field), false);
    }

    /** The list of texts under {@code field}, with null where an element is not text. */
    public List<String> texts(String field) {
        return asTexts(raw(field), pathOf(field), true);
    }

    public List<String> optionalTexts(String field) {
        return asTexts(raw(field), pathOf(field), false);
    }

    // ---- ending a read

    /** Throws every problem read, then every checked one not already named at its path or under it. */
    public void failOnSpecProblems(List<SpecProblem> checked) {
        List<Problem> read = collected();
        ReadPaths paths = new ReadPaths(read);
        List<SpecProblem> all = new ArrayList<>();
        read.forEach(p -> all.add(new SpecProblem(p.path(), p.reason(), p.message())));
        checked.stream().filter(p -> !paths.coverAt(p.field())).forEach(all::add);
        if (!all.isEmpty()) {
            throw new InvalidSpecException(all);
        }
    }

    /** As {@link #failOnSpecProblems}, for a learner's answer. */
    public void failOnAnswerProblems(List<AnswerProblem> checked) {
        List<Problem> read = collected();
        ReadPaths paths = new ReadPaths(read);
        List<AnswerProblem> all = new ArrayList<>();
        read.forEach(p -> all.add(new AnswerProblem(p.path(), code(p.issue()), p.reason(), p.message())));
        checked.stream().filter(p -> !paths.coverAt(p.where())).forEach(all::add);
        if (!all.isEmpty()) {
            throw new InvalidAnswerException(all);
        }
    }

    /**
     * The paths of the problems read, to tell in one pass over a path whether a problem was read at
     * it or above it ({@code labels} covers {@code labels.x} and {@code labels[2]}). The paths are
     * kept by {@link String#hashCode}, which is a rolling hash: the hash of every prefix of a path
     * comes from one walk along it, so a check is linear in the length of the path, whatever the
     * number of problems.
     */
    private static final class ReadPaths {

        private final Map<Integer, List<String>> byHash = new HashMap<>();

        ReadPaths(List<Problem> read) {
            for (Problem p : read) {
                byHash.computeIfAbsent(p.path().hashCode(), h -> new ArrayList<>(1)).add(p.path());
            }
        }

        boolean coverAt(String field) {
            if (byHash.isEmpty()) {
                return false;
            }
            int hash = 0;
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if ((c == '.' || c == '[') && readAt(field, i, hash)) {
                    return true;
                }
                hash = 31 * hash + c;
            }
            return readAt(field, field.length(), hash);
        }

        /** Whether a problem was read at the first {@code length} characters of the field. */
        private boolean readAt(String field, int length, int hash) {
            List<String> paths = byHash.get(hash);
            if (paths == null) {
                return false;
            }
            for (String path : paths) {
                if (path.length() == length && field.regionMatches(0, path, 0, length)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static AnswerProblem.Code code(Issue issue) {
        return switch (issue) {
            case MISSING -> AnswerProblem.Code.MISSING_VALUE;
            case WRONG_TYPE -> AnswerProblem.Code.WRONG_TYPE;
            case INVALID -> AnswerProblem.Code.OUT_OF_RANGE;
            case UNKNOWN_FIELD -> AnswerProblem.Code.UNKNOWN_FIELD;
        };
    }

    /** The problems read, with each node's unknown fields in place: nodes later in the list go first. */
    private List<Problem> collected() {
        List<Problem> read = session.problems;
        List<Problem> all = new ArrayList<>(read.size());
        List<TreeReader> nodes = new ArrayList<>(session.nodes.values());
        // one merge: each node's unknown fields just before the problem at its mark (nodes of one mark in order)
        nodes.sort(Comparator.comparingInt(TreeReader::markOrEnd));
        int next = 0;
        for (TreeReader n : nodes) {
            int at = Math.min(n.markOrEnd(), read.size());
            while (next < at) {
                all.add(read.get(next++));
            }
            all.addAll(n.unknownFields());
        }
        while (next < read.size()) {
            all.add(read.get(next++));
        }
        return all;
    }

    private int markOrEnd() {
        return mark < 0 ? Integer.MAX_VALUE : mark;
    }

    private List<Problem> unknownFields() {
        List<Problem> unknown = new ArrayList<>();
        if (node == null || otherFieldsAllowed) {
            return unknown;
        }
        String expected = null;
        ProblemMessage words = null;
        for (Object name : node.keySet()) {
            if (!(name instanceof String s)) {
                if (!namesListed) {
                    unknown.add(new Problem(pathOf(String.valueOf(name)), Issue.WRONG_TYPE,
                            "the name must be text, not " + describe(name) + quoteHint(name),
                            ProblemMessage.of(ReadProblem.NAME_NOT_TEXT, kind(name).word(), String.valueOf(name))));
                }
            } else if (!known.contains(s)) {
                if (expected == null) {
                    expected = "unknown field; expected one of " + new TreeSet<>(known);
                    words = ProblemMessage.of(ReadProblem.UNKNOWN_FIELD, String.join(", ", new TreeSet<>(known)));
                }
                unknown.add(new Problem(pathOf(s), Issue.UNKNOWN_FIELD, expected, words));
            }
        }
        return unknown;
    }

    // ---- conversions

    /** The first read of a node fixes where its unknown fields will be named. */
    private void touch() {
        if (mark < 0) {
            mark = session.problems.size();
        }
    }

    private Object raw(String field) {
        touch();
        known.add(field);
        return node == null ? null : node.get(field);
    }

    private void missing(String at, boolean required) {
        if (required && node != null) {
            problem(at, Issue.MISSING, "is required", ReadProblem.REQUIRED);
        }
    }

    private void wrongType(String at, String expected, Object value) {
        String hint = expected.equals("text") ? quoteHint(value) : "";
        problem(at, Issue.WRONG_TYPE, "must be " + expected + ", not " + describe(value) + hint,
                ReadProblem.WRONG_TYPE, kindExpected(expected).word(), kind(value).word(), shown(value));
    }

    /** The kind a read expected, from the English words it was asked with. */
    private static ReadProblem.Kind kindExpected(String expected) {
        return switch (expected) {
            case "text" -> ReadProblem.Kind.TEXT;
            case "a whole number" -> ReadProblem.Kind.WHOLE;
            case "a number" -> ReadProblem.Kind.NUMBER;
            case "true or false" -> ReadProblem.Kind.FLAG;
            case "a map" -> ReadProblem.Kind.MAP;
            case "a list" -> ReadProblem.Kind.LIST;
            default -> expected.startsWith("a date-time") ? ReadProblem.Kind.DATE_TIME
                    : expected.startsWith("a map of language") ? ReadProblem.Kind.LOCALIZED : ReadProblem.Kind.OTHER;
        };
    }

    /** What a value read is, in the words {@link #describe} uses. */
    private static ReadProblem.Kind kind(Object value) {
        return switch (value) {
            case String s -> ReadProblem.Kind.TEXT;
            case Boolean b -> ReadProblem.Kind.FLAG;
            case Number n -> ReadProblem.Kind.NUMBER;
            case Map<?, ?> m -> ReadProblem.Kind.MAP;
            case Collection<?> c -> ReadProblem.Kind.LIST;
            default -> ReadProblem.Kind.OTHER;
        };
    }

    /** A scalar value as it was written; nothing for a map or list, which the kind names. */
    private static String shown(Object value) {
        return value instanceof Map<?, ?> || value instanceof Collection<?> ? "" : String.valueOf(value);
    }

    private String asText(Object value, String at, boolean required) {
        if (value == null) {
            missing(at, required);
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        wrongType(at, "text", value);
        return null;
    }

    private Integer asInteger(Object value, String at, boolean required) {
        if (value == null) {
            missing(at, required);
            return null;
        }
        BigDecimal exact = value instanceof Number n ? exact(n) : null;
        if (exact == null || exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
            wrongType(at, "a whole number", value);
            return null;
        }
        if (exact.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0
                || exact.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            problem(at, Issue.INVALID, "must be between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE
                    + ", not the number " + value, ReadProblem.OUT_OF_RANGE, String.valueOf(value));
            return null;
        }
        return exact.intValue();
    }

    /** The exact value of a number a parser gives; null when not finite. */
    private static BigDecimal exact(Number n) {
        return switch (n) {
            case BigDecimal b -> b;
            case BigInteger b -> new BigDecimal(b);
            case Long l -> BigDecimal.valueOf(l);
            case Integer i -> BigDecimal.valueOf(i);
            case Short s -> BigDecimal.valueOf(s);
            case Byte b -> BigDecimal.valueOf(b);
            default -> Double.isFinite(n.doubleValue()) ? new BigDecimal(n.doubleValue()) : null;
        };
    }

    private Double asNumber(Object value, String at, boolean required) {
        if (value == null) {
            missing(at, required);
            return null;
        }
        if (!(value instanceof Number n)) {
            wrongType(at, "a number", value);
            return null;
        }
        double d = n.doubleValue();
        if (!Double.isFinite(d)) {
            problem(at, Issue.INVALID, "must be a finite number, not " + n, ReadProblem.NOT_FINITE, String.valueOf(n));
            return null;
        }
        return d;
    }

    private Boolean asFlag(Object value, String at, boolean required) {
        if (value == null) {
            missing(at, required);
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        wrongType(at, "true or false", value);
        return null;
    }

    private Instant asInstant(Object value, String at) {
        return switch (value) {
            case null -> {
                missing(at, true);
                yield null;
            }
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case ZonedDateTime z -> z.toInstant();
            case Date d -> d.toInstant();
            case String s -> parseInstant(s, at);
            default -> {
                wrongType(at, "a date-time with offset, such as 2025-03-04T21:30:00+01:00", value);
                yield null;
            }
        };
    }

    private Instant parseInstant(String s, String at) {
        try {
            return OffsetDateTime.parse(s.strip()).toInstant();
        } catch (DateTimeException e) {
            problem(at, Issue.WRONG_TYPE, "'" + s + "' is not an ISO-8601 date-time with offset, such as "
                    + "2025-03-04T21:30:00+01:00 or 2025-03-04T20:30:00Z", ReadProblem.NOT_A_DATE_TIME, s);
            return null;
        }
    }

    private LocalizedText asLocalized(Object value, String at, boolean required) {
        if (value == null) {
            missing(at, required);
            return null;
        }
        if (!(value instanceof Map<?, ?> map)) {
            wrongType(at, "a map of language to text, such as {en: \"...\"}", value);
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        map.forEach((language, text) -> {
            String where = at + "." + language;
            if (!(language instanceof String lang)) {
                problem(where, Issue.WRONG_TYPE, "the language must be text, such as en or fr",
                        ReadProblem.LANGUAGE_NOT_TEXT);
            } else if (text instanceof String s) {
                texts.put(lang, s);
            } else if (text == null) {
                problem(where, Issue.MISSING, "is empty", ReadProblem.EMPTY);
            } else {
                wrongType(where, "text", text);
            }
        });
        return new LocalizedText(texts);
    }

    private TreeReader asChild(Object value, String at, boolean required) {
        if (value == null) {
            missing(at, required);
            return new TreeReader(required ? null : Map.of(), at, session);
        }
        if (value instanceof Map<?, ?> map) {
            return node(map, at, session);
        }
        wrongType(at, "a map", value);
        return new TreeReader(null, at, session);
    }

    private List<TreeReader> asObjects(Object value, String at, boolean required) {
        List<?> list = asList(value, at, required);
        List<TreeReader> readers = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Object element = list.get(i);
            String where = at + "[" + i + "]";
            if (element instanceof Map<?, ?> map) {
                readers.add(node(map, where, session));
            } else {
                if (element == null) {
                    problem(where, Issue.MISSING, "is empty", ReadProblem.EMPTY);
                } else {
                    wrongType(where, "a map", element);
                }
                readers.add(new TreeReader(null, where, session));
            }
        }
        return readers;
    }

    private List<String> asTexts(Object value, String at, boolean required) {
        List<?> list = asList(value, at, required);
        List<String> texts = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            texts.add(asText(list.get(i), at + "[" + i + "]", true));
        }
        return texts;
    }

    private List<?> asList(Object value, String at, boolean required) {
        if (value == null) {
            missing(at, required);
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list;
        }
        wrongType(at, "a list", value);
        return List.of();
    }

    private static String describe(Object value) {
        if (value instanceof String s) {
            return "the text '" + s + "'";
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof Number n) {
            return "the number " + n;
        }
        if (value instanceof Map<?, ?>) {
            return "a map";
        }
        if (value instanceof Collection<?>) {
            return "a list";
        }
        return "a " + value.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    /** YAML reads 2024-03-01, 42 or yes as a date, a number or a flag; quoting keeps them text. */
    private static String quoteHint(Object value) {
        boolean scalar = !(value instanceof String) && !(value instanceof Map<?, ?>)
                && !(value instanceof Collection<?>);
        return scalar ? " (put the value in quotes to keep it as text)" : "";
    }

    @Override
    public String toString() {
        return "TreeReader at '" + path + "' with problems " + collected().stream().map(Problem::toString)
                .collect(Collectors.joining("; "));
    }
}

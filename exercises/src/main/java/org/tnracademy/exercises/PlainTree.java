package org.tnracademy.exercises;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.tnracademy.exercises.AnswerProblem.Code;

/**
 * Reads the plain tree that a YAML or JSON parser produces (Map, List, String, Number, Boolean) into
 * typed values. Every problem is recorded with its path, such as {@code posts[3].start}, and reading
 * goes on, so an author or a learner sees all the mistakes at once. A read that fails returns null:
 * the caller leaves that part out, and reports the problems with {@link #throwAsSpecProblems()} or
 * {@link #throwAsAnswerProblems()} once everything has been read.
 */
public final class PlainTree {

    /** One problem found while reading: where, what kind, and why. */
    public record Problem(String path, Code code, String reason) {
    }

    private final List<Problem> problems = new ArrayList<>();
    private final String rootName;

    /** @param rootName how to name the whole tree in a problem about it, such as "spec" or "answer" */
    public PlainTree(String rootName) {
        this.rootName = rootName;
    }

    /** {@code parent.field}, or just {@code field} at the root. */
    public static String path(String parent, String field) {
        return parent == null || parent.isEmpty() ? field : parent + "." + field;
    }

    /** {@code parent[index]}. */
    public static String path(String parent, int index) {
        return parent + "[" + index + "]";
    }

    public void problem(String path, Code code, String reason) {
        problems.add(new Problem(path == null || path.isEmpty() ? rootName : path, code, reason));
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public int problemCount() {
        return problems.size();
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public List<SpecProblem> specProblems() {
        return problems.stream().map(p -> new SpecProblem(p.path(), p.reason())).toList();
    }

    public List<AnswerProblem> answerProblems() {
        return problems.stream().map(p -> new AnswerProblem(p.path(), p.code(), p.reason())).toList();
    }

    /** Throws every problem recorded so far as an {@link InvalidSpecException}; does nothing if there is none. */
    public void throwAsSpecProblems() {
        if (hasProblems()) {
            throw new InvalidSpecException(specProblems());
        }
    }

    /** Throws every problem recorded so far as an {@link InvalidAnswerException}; does nothing if there is none. */
    public void throwAsAnswerProblems() {
        if (hasProblems()) {
            throw new InvalidAnswerException(answerProblems());
        }
    }

    /** A map with text keys. */
    public Map<String, Object> map(Object node, String path) {
        if (node == null) {
            return missing(path);
        }
        if (!(node instanceof Map<?, ?> raw)) {
            return wrongType(path, "a map of fields", node);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : raw.entrySet()) {
            if (e.getKey() instanceof String name) {
                fields.put(name, e.getValue());
            } else {
                problem(path, Code.WRONG_TYPE, "the key " + e.getKey() + " must be text");
            }
        }
        return fields;
    }

    /**
     * A map whose fields are all among {@code allowed}: an unknown field is refused, so that a typo
     * such as {@code minOverlapp} does not silently fall back to a default.
     */
    public Map<String, Object> fields(Object node, String path, Set<String> allowed) {
        Map<String, Object> fields = map(node, path);
        if (fields != null) {
            for (String name : fields.keySet()) {
                if (!allowed.contains(name)) {
                    problem(path(path, name), Code.UNKNOWN_FIELD,
                            "unknown field; expected one of " + new TreeSet<>(allowed));
                }
            }
        }
        return fields;
    }

    public List<Object> list(Object node, String path) {
        if (node == null) {
            return missing(path);
        }
        if (!(node instanceof List<?> raw)) {
            return wrongType(path, "a list", node);
        }
        return new ArrayList<>(raw);
    }

    /** Reads one item of a list; returns null when it cannot (the problem is then recorded). */
    @FunctionalInterface
    public interface ItemReader<T> {
        T read(PlainTree tree, Object node, String path);
    }

    /**
     * The items of a list, each read by {@code reader}, with null in place of every item that could
     * not be read, so the index of each item still names it in later checks. Null if no list.
     */
    public <T> List<T> items(Object node, String path, ItemReader<T> reader) {
        List<Object> raw = list(node, path);
        if (raw == null) {
            return null;
        }
        List<T> items = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            items.add(reader.read(this, raw.get(i), path(path, i)));
        }
        return items;
    }

    /**
     * A list built in code rather than read: a null list or a null item is reported as missing, so
     * the checks that follow, which skip nulls as already reported, can share one path with reading.
     */
    public <T> List<T> given(List<T> items, String path) {
        if (items == null) {
            return missing(path);
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                missing(path(path, i));
            }
        }
        return items;
    }

    /** Text that is not blank. */
    public String string(Object node, String path) {
        if (node == null) {
            return missing(path);
        }
        if (!(node instanceof String s)) {
            return wrongType(path, "text", node);
        }
        if (s.isBlank()) {
            problem(path, Code.MISSING_VALUE, "must not be blank");
            return null;
        }
        return s;
    }

    /** Text that may be empty or blank, such as a post's text; only null and non-text are refused. */
    public String anyString(Object node, String path) {
        if (node == null) {
            return missing(path);
        }
        return node instanceof String s ? s : wrongType(path, "text", node);
    }

    /** One of the given words, such as "linear" or "exponential". */
    public String oneOf(Object node, String path, List<String> allowed) {
        String s = string(node, path);
        if (s != null && !allowed.contains(s)) {
            problem(path, Code.OUT_OF_RANGE, "'" + s + "' is not one of " + allowed);
            return null;
        }
        return s;
    }

    /** A whole number that fits an int; 3.0 is accepted, 3.5 and "3" are not. */
    public Integer wholeNumber(Object node, String path) {
        if (node == null) {
            return missing(path);
        }
        if (!(node instanceof Number n) || !isWhole(n)) {
            return wrongType(path, "a whole number", node);
        }
        double d = n.doubleValue();
        if (d < Integer.MIN_VALUE || d > Integer.MAX_VALUE) {
            problem(path, Code.OUT_OF_RANGE, node + " is too large");
            return null;
        }
        return (int) d;
    }

    /** A finite number. */
    public Double number(Object node, String path) {
        if (node == null) {
            return missing(path);
        }
        if (!(node instanceof Number n)) {
            return wrongType(path, "a number", node);
        }
        double d = n.doubleValue();
        if (!Double.isFinite(d)) {
            problem(path, Code.OUT_OF_RANGE, "must be a finite number");
            return null;
        }
        return d;
    }

    /** A finite number, or {@code fallback} when the field is absent. */
    public Double optionalNumber(Object node, String path, double fallback) {
        return node == null ? Double.valueOf(fallback) : number(node, path);
    }

    /** A map of language tag -> text, with an English text. */
    public LocalizedText localizedText(Object node, String path) {
        Map<String, Object> raw = map(node, path);
        if (raw == null) {
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        int before = problemCount();
        raw.forEach((language, text) -> {
            String s = string(text, path(path, language));
            if (s != null) {
                texts.put(language, s);
            }
        });
        if (!raw.containsKey(LocalizedText.FALLBACK)) {
            problem(path, Code.MISSING_VALUE, "an English text ('" + LocalizedText.FALLBACK + "') is required");
        }
        return problemCount() == before ? new LocalizedText(texts) : null;
    }

    /**
     * An instant: ISO-8601 text with an offset (2025-03-04T21:30:00+01:00 or ...Z), or a date-time
     * object that a YAML parser made of an unquoted timestamp. A time without offset is refused:
     * the point of a timeline across time zones is that every time says which zone it is in.
     */
    public Instant instant(Object node, String path) {
        return switch (node) {
            case null -> missing(path);
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case ZonedDateTime z -> z.toInstant();
            case Date d -> d.toInstant();
            case String s -> parseInstant(s, path);
            default -> wrongType(path, "a date-time with offset", node);
        };
    }

    private Instant parseInstant(String s, String path) {
        try {
            return OffsetDateTime.parse(s.strip()).toInstant();
        } catch (DateTimeException e) {
            problem(path, Code.WRONG_TYPE, "'" + s + "' is not an ISO-8601 date-time with offset, such as "
                    + "2025-03-04T21:30:00+01:00 or 2025-03-04T20:30:00Z");
            return null;
        }
    }

    private static boolean isWhole(Number n) {
        if (n instanceof BigDecimal b) {
            return b.stripTrailingZeros().scale() <= 0;
        }
        double d = n.doubleValue();
        return Double.isFinite(d) && d == Math.rint(d);
    }

    private <T> T missing(String path) {
        problem(path, Code.MISSING_VALUE, "is missing");
        return null;
    }

    private <T> T wrongType(String path, String expected, Object node) {
        problem(path, Code.WRONG_TYPE, "must be " + expected + ", not " + describe(node));
        return null;
    }

    private static String describe(Object node) {
        return switch (node) {
            case String s -> "the text '" + s + "'";
            case Number n -> "the number " + n;
            case Boolean b -> "the value " + b;
            case List<?> l -> "a list";
            case Map<?, ?> m -> "a map";
            default -> "a " + node.getClass().getSimpleName();
        };
    }
}

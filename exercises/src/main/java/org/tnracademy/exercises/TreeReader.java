package org.tnracademy.exercises;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 */
public final class TreeReader {

    public enum Issue { MISSING, WRONG_TYPE, INVALID }

    /** A problem met while reading: where, what kind, and a sentence for people. */
    public record Problem(String path, Issue issue, String reason) {
    }

    private final Map<?, ?> node;
    private final String path;
    private final List<Problem> problems;

    private TreeReader(Map<?, ?> node, String path, List<Problem> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** A reader of a whole tree; a null tree is one problem, and every read from it returns nothing. */
    public static TreeReader of(Map<String, ?> tree) {
        List<Problem> problems = new ArrayList<>();
        if (tree == null) {
            problems.add(new Problem("(root)", Issue.MISSING, "is required"));
        }
        return new TreeReader(tree, "", problems);
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

    /** The names of this node's fields, in the order the parser kept; a non-text name is a problem. */
    public List<String> fields() {
        List<String> names = new ArrayList<>();
        if (node != null) {
            for (Object name : node.keySet()) {
                if (name instanceof String s) {
                    names.add(s);
                } else {
                    problem(pathOf(String.valueOf(name)), Issue.WRONG_TYPE,
                            "the name must be text, not " + describe(name) + quoteHint(name));
                }
            }
        }
        return names;
    }

    /** Records a problem found while interpreting a value just read, such as an unknown option. */
    public void problem(String atPath, Issue issue, String reason) {
        problems.add(new Problem(atPath, issue, reason));
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    // ---- text

    public String text(String field) {
        return asText(raw(field), pathOf(field), true);
    }

    public String optionalText(String field, String fallback) {
        String value = asText(raw(field), pathOf(field), false);
        return value == null ? fallback : value;
    }

    /** Optional text that must be one of {@code allowed}; the fallback when absent or wrong. */
    public String oneOf(String field, Collection<String> allowed, String fallback) {
        String value = optionalText(field, null);
        if (value == null) {
            return fallback;
        }
        if (!allowed.contains(value)) {
            problem(pathOf(field), Issue.INVALID, "'" + value + "' must be one of " + allowed);
            return fallback;
        }
        return value;
    }

    // ---- numbers and flags

    public Integer integer(String field) {
        return asInteger(raw(field), pathOf(field), true);
    }

    public int optionalInteger(String field, int fallback) {
        Integer value = asInteger(raw(field), pathOf(field), false);
        return value == null ? fallback : value;
    }

    public double optionalNumber(String field, double fallback) {
        Object value = raw(field);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        wrongType(pathOf(field), "a number", value);
        return fallback;
    }

    public Boolean flag(String field) {
        return asFlag(raw(field), pathOf(field), true);
    }

    public boolean optionalFlag(String field, boolean fallback) {
        Boolean value = asFlag(raw(field), pathOf(field), false);
        return value == null ? fallback : value;
    }

    // ---- localized text: a map of language -> text

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
        List<SpecProblem> all = new ArrayList<>();
        problems.forEach(p -> all.add(new SpecProblem(p.path(), p.reason())));
        checked.stream().filter(p -> !alreadyReported(p.field())).forEach(all::add);
        if (!all.isEmpty()) {
            throw new InvalidSpecException(all);
        }
    }

    /** As {@link #failOnSpecProblems}, for a learner's answer. */
    public void failOnAnswerProblems(List<AnswerProblem> checked) {
        List<AnswerProblem> all = new ArrayList<>();
        problems.forEach(p -> all.add(new AnswerProblem(p.path(), code(p.issue()), p.reason())));
        checked.stream().filter(p -> !alreadyReported(p.where())).forEach(all::add);
        if (!all.isEmpty()) {
            throw new InvalidAnswerException(all);
        }
    }

    private boolean alreadyReported(String field) {
        return problems.stream().map(Problem::path).anyMatch(p -> field.equals(p)
                || field.startsWith(p + ".") || field.startsWith(p + "["));
    }

    private static AnswerProblem.Code code(Issue issue) {
        return switch (issue) {
            case MISSING -> AnswerProblem.Code.MISSING_VALUE;
            case WRONG_TYPE -> AnswerProblem.Code.WRONG_TYPE;
            case INVALID -> AnswerProblem.Code.OUT_OF_RANGE;
        };
    }

    // ---- conversions

    private Object raw(String field) {
        return node == null ? null : node.get(field);
    }

    private void missing(String at, boolean required) {
        if (required && node != null) {
            problem(at, Issue.MISSING, "is required");
        }
    }

    private void wrongType(String at, String expected, Object value) {
        String hint = expected.equals("text") ? quoteHint(value) : "";
        problem(at, Issue.WRONG_TYPE, "must be " + expected + ", not " + describe(value) + hint);
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
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
                return (int) d;
            }
        }
        wrongType(at, "a whole number", value);
        return null;
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
                problem(where, Issue.WRONG_TYPE, "the language must be text, such as en or fr");
            } else if (text instanceof String s) {
                texts.put(lang, s);
            } else if (text == null) {
                problem(where, Issue.MISSING, "is empty");
            } else {
                wrongType(where, "text", text);
            }
        });
        return new LocalizedText(texts);
    }

    private TreeReader asChild(Object value, String at, boolean required) {
        if (value == null) {
            missing(at, required);
            return new TreeReader(required ? null : Map.of(), at, problems);
        }
        if (value instanceof Map<?, ?> map) {
            return new TreeReader(map, at, problems);
        }
        wrongType(at, "a map", value);
        return new TreeReader(null, at, problems);
    }

    private List<TreeReader> asObjects(Object value, String at, boolean required) {
        List<?> list = asList(value, at, required);
        List<TreeReader> readers = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Object element = list.get(i);
            String where = at + "[" + i + "]";
            if (element instanceof Map<?, ?> map) {
                readers.add(new TreeReader(map, where, problems));
            } else {
                if (element == null) {
                    problem(where, Issue.MISSING, "is empty");
                } else {
                    wrongType(where, "a map", element);
                }
                readers.add(new TreeReader(null, where, problems));
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
        return "a " + value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    /** YAML reads 2024-03-01, 42 or yes as a date, a number or a flag; quoting keeps them text. */
    private static String quoteHint(Object value) {
        boolean scalar = !(value instanceof String) && !(value instanceof Map<?, ?>)
                && !(value instanceof Collection<?>);
        return scalar ? " (put the value in quotes to keep it as text)" : "";
    }

    @Override
    public String toString() {
        return "TreeReader at '" + path + "' with problems " + problems.stream().map(Problem::toString)
                .collect(Collectors.joining("; "));
    }
}

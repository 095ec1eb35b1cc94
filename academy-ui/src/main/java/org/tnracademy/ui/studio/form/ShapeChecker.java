package org.tnracademy.ui.studio.form;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tnracademy.exercises.shape.BooleanShape;
import org.tnracademy.exercises.shape.DecimalShape;
import org.tnracademy.exercises.shape.EnumSetShape;
import org.tnracademy.exercises.shape.EnumShape;
import org.tnracademy.exercises.shape.FieldShape;
import org.tnracademy.exercises.shape.IntegerShape;
import org.tnracademy.exercises.shape.JsonShape;
import org.tnracademy.exercises.shape.ListShape;
import org.tnracademy.exercises.shape.LocalizedTextShape;
import org.tnracademy.exercises.shape.MapShape;
import org.tnracademy.exercises.shape.ObjectShape;
import org.tnracademy.exercises.shape.ReferenceScope;
import org.tnracademy.exercises.shape.ReferenceSetShape;
import org.tnracademy.exercises.shape.ReferenceShape;
import org.tnracademy.exercises.shape.ReferenceSource;
import org.tnracademy.exercises.shape.Shape;
import org.tnracademy.exercises.shape.TextListShape;
import org.tnracademy.exercises.shape.TextRule;
import org.tnracademy.exercises.shape.TextShape;

/**
 * The checks a form can make on a tree by its shape alone: required fields, list sizes, text rules,
 * number ranges, English texts, known references. Used for list entries the form has not rendered
 * (a key with hundreds of entries) and by every editor on its own value, so both agree. The type's
 * validation stays the authority: this only tells authors earlier.
 */
final class ShapeChecker {

    private final Map<String, Object> spec;
    private final Deque<Map<String, Object>> enclosing = new ArrayDeque<>();
    private final List<InputProblem> out;

    ShapeChecker(Map<String, Object> spec, List<Map<String, Object>> enclosingOutwards, List<InputProblem> out) {
        this.spec = spec == null ? Map.of() : spec;
        enclosingOutwards.forEach(enclosing::addLast);
        this.out = out;
    }

    /** Checks a whole tree against a form shape. */
    static List<InputProblem> check(FormShape shape, Map<String, Object> tree, Map<String, Object> spec) {
        List<InputProblem> problems = new ArrayList<>();
        new ShapeChecker(spec, List.of(), problems).check(shape.root(), tree, "", shape.labelPrefix(), true);
        return problems;
    }

    static boolean isEmpty(Object value) {
        return value == null || value instanceof String s && s.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty();
    }

    @SuppressWarnings("unchecked")
    void check(Shape shape, Object value, String path, String labelKey, boolean required) {
        if (!required && shape instanceof ObjectShape && value instanceof Map<?, ?> fields && fields.isEmpty()) {
            // an optional group left empty (no photo, no map) is absent, not missing its required fields
            return;
        }
        boolean emptyObject = shape instanceof ObjectShape && value instanceof Map<?, ?>;
        if (isEmpty(value) && !(shape instanceof ListShape || shape instanceof TextListShape || emptyObject)) {
            if (required) {
                out.add(InputProblem.of(path, labelKey, "shape.problem.required"));
            }
            return;
        }
        switch (shape) {
            case ObjectShape object -> {
                if (!(value instanceof Map<?, ?> map)) {
                    wrongType(path, labelKey);
                    return;
                }
                enclosing.addFirst((Map<String, Object>) map);
                for (FieldShape field : object.fields()) {
                    check(field.shape(), map.get(field.name()), join(path, field.name()),
                            labelKey + "." + field.name(), field.required());
                }
                enclosing.removeFirst();
            }
            case ListShape list -> {
                List<?> elements = listOf(value, path, labelKey, required);
                if (elements == null) {
                    return;
                }
                size(elements.size(), list.min(), list.max(), path, labelKey);
                for (int i = 0; i < elements.size(); i++) {
                    check(list.element(), elements.get(i), path + "[" + i + "]", labelKey, true);
                }
            }
            case TextListShape texts -> {
                List<?> elements = listOf(value, path, labelKey, required);
                if (elements == null) {
                    return;
                }
                size(elements.size(), texts.min(), Integer.MAX_VALUE, path, labelKey);
                for (int i = 0; i < elements.size(); i++) {
                    text(texts.rule(), elements.get(i), path + "[" + i + "]", labelKey);
                }
            }
            case TextShape text -> text(text.rule(), value, path, labelKey);
            case LocalizedTextShape ignored -> localized(value, path, labelKey);
            case IntegerShape integer -> integer(integer, value, path, labelKey);
            case DecimalShape decimal -> decimal(decimal, value, path, labelKey);
            case BooleanShape ignored -> {
                if (!(value instanceof Boolean)) {
                    wrongType(path, labelKey);
                }
            }
            case EnumShape choices -> oneOf(choices.values(), value, path, labelKey, "shape.problem.not-allowed");
            case EnumSetShape choices -> severalOf(choices.values(), choices.min(), value, path, labelKey,
                    "shape.problem.not-allowed");
            case ReferenceShape reference -> oneOf(referenceValues(reference.source()), value, path, labelKey,
                    "shape.problem.unknown-reference");
            case ReferenceSetShape reference -> severalOf(referenceValues(reference.source()), reference.min(),
                    value, path, labelKey, "shape.problem.unknown-reference");
            case MapShape map -> {
                if (!(value instanceof Map<?, ?> entries)) {
                    wrongType(path, labelKey);
                    return;
                }
                List<String> keys = map.key() instanceof ReferenceShape reference
                        ? referenceValues(reference.source()) : List.of();
                for (Map.Entry<?, ?> entry : entries.entrySet()) {
                    String at = join(path, String.valueOf(entry.getKey()));
                    if (!keys.isEmpty() && !keys.contains(String.valueOf(entry.getKey()))) {
                        out.add(InputProblem.of(at, labelKey + "." + map.keyName(), "shape.problem.unknown-reference",
                                entry.getKey()));
                    }
                    check(map.value(), entry.getValue(), at, labelKey + "." + map.valueName(), true);
                }
            }
            case JsonShape ignored -> {
                // any tree: STIX and its extensions are checked by the type
            }
        }
    }

    /** The values a reference may take here; empty when its source gives none (no spec to look at yet). */
    List<String> referenceValues(ReferenceSource source) {
        return source.values(ReferenceScope.of(spec, List.copyOf(enclosing)));
    }

    private List<?> listOf(Object value, String path, String labelKey, boolean required) {
        if (value == null) {
            if (required) {
                out.add(InputProblem.of(path, labelKey, "shape.problem.required"));
            }
            return null;
        }
        if (!(value instanceof List<?> list)) {
            wrongType(path, labelKey);
            return null;
        }
        return list;
    }

    private void size(int size, int min, int max, String path, String labelKey) {
        if (size < min) {
            out.add(InputProblem.of(path, labelKey, "shape.problem.too-few", min, size));
        } else if (size > max) {
            out.add(InputProblem.of(path, labelKey, "shape.problem.too-many", max, size));
        }
    }

    private void text(TextRule rule, Object value, String path, String labelKey) {
        if (!(value instanceof String text)) {
            wrongType(path, labelKey);
        } else if (text.isBlank()) {
            out.add(InputProblem.of(path, labelKey, "shape.problem.required"));
        } else if (!rule.accepts(text)) {
            out.add(InputProblem.of(path, labelKey, rule.messageKey(), text));
        }
    }

    private void localized(Object value, String path, String labelKey) {
        if (!(value instanceof Map<?, ?> texts)) {
            wrongType(path, labelKey);
            return;
        }
        if (!(texts.get(LocalizedTextShape.ENGLISH) instanceof String en) || en.isBlank()) {
            out.add(InputProblem.of(join(path, LocalizedTextShape.ENGLISH), labelKey, "shape.problem.english-required"));
        }
        texts.forEach((language, text) -> {
            if (!(text instanceof String)) {
                out.add(InputProblem.of(join(path, String.valueOf(language)), labelKey, "shape.problem.wrong-type"));
            }
        });
    }

    private void integer(IntegerShape shape, Object value, String path, String labelKey) {
        BigDecimal number = exact(value);
        if (number == null || number.stripTrailingZeros().scale() > 0) {
            out.add(InputProblem.of(path, labelKey, "shape.problem.not-integer", String.valueOf(value)));
            return;
        }
        range(number, shape.min() == null ? null : BigDecimal.valueOf(shape.min()), false,
                shape.max() == null ? null : BigDecimal.valueOf(shape.max()), false, path, labelKey);
    }

    private void decimal(DecimalShape shape, Object value, String path, String labelKey) {
        BigDecimal number = exact(value);
        if (number == null) {
            out.add(InputProblem.of(path, labelKey, "shape.problem.not-number", String.valueOf(value)));
            return;
        }
        range(number, shape.min() == null ? null : BigDecimal.valueOf(shape.min()), shape.minExclusive(),
                shape.max() == null ? null : BigDecimal.valueOf(shape.max()), shape.maxExclusive(), path, labelKey);
    }

    private void range(BigDecimal number, BigDecimal min, boolean minExclusive, BigDecimal max, boolean maxExclusive,
                       String path, String labelKey) {
        if (min != null && (minExclusive ? number.compareTo(min) <= 0 : number.compareTo(min) < 0)) {
            out.add(InputProblem.of(path, labelKey, minExclusive ? "shape.problem.not-above" : "shape.problem.below",
                    min.stripTrailingZeros().toPlainString()));
        }
        if (max != null && (maxExclusive ? number.compareTo(max) >= 0 : number.compareTo(max) > 0)) {
            out.add(InputProblem.of(path, labelKey, maxExclusive ? "shape.problem.not-below" : "shape.problem.above",
                    max.stripTrailingZeros().toPlainString()));
        }
    }

    private void oneOf(List<String> allowed, Object value, String path, String labelKey, String messageKey) {
        if (!(value instanceof String text)) {
            wrongType(path, labelKey);
        } else if (!allowed.isEmpty() && !allowed.contains(text)) {
            out.add(InputProblem.of(path, labelKey, messageKey, text));
        }
    }

    private void severalOf(List<String> allowed, int min, Object value, String path, String labelKey,
                           String messageKey) {
        List<?> elements = listOf(value, path, labelKey, min > 0);
        if (elements == null) {
            return;
        }
        size(elements.size(), min, Integer.MAX_VALUE, path, labelKey);
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < elements.size(); i++) {
            String at = path + "[" + i + "]";
            oneOf(allowed, elements.get(i), at, labelKey, messageKey);
            if (!seen.add(elements.get(i))) {
                out.add(InputProblem.of(at, labelKey, "shape.problem.twice", String.valueOf(elements.get(i))));
            }
        }
    }

    private void wrongType(String path, String labelKey) {
        out.add(InputProblem.of(path, labelKey, "shape.problem.wrong-type"));
    }

    /** The exact value of a number a parser or a field gives; null when it is no finite number. */
    static BigDecimal exact(Object value) {
        return switch (value) {
            case BigDecimal b -> b;
            case java.math.BigInteger b -> new BigDecimal(b);
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case Short s -> BigDecimal.valueOf(s);
            case Double d when Double.isFinite(d) -> BigDecimal.valueOf(d);
            case Float f when Float.isFinite(f) -> new BigDecimal(f.toString());
            case null, default -> null;
        };
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}

package org.tnracademy.core.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.tnracademy.core.support.Json;
import org.tnracademy.exercises.LocalizedText;
import tools.jackson.core.type.TypeReference;

/**
 * What an audit entry says, as a message code and its arguments, so that it is read in the
 * reader's language ({@code audit.detail.<code>} in the UI bundles, an ICU message format) and
 * names courses and exercises by their titles, never by their ids.
 *
 * @param code      the message's code, such as {@code course-created}
 * @param arguments each a text (a user name, a file name), a number (counts go through plurals) or
 *                  a {@link LocalizedText} (a course's or an exercise's title when the entry was
 *                  written)
 */
public record AuditMessage(String code, List<Object> arguments) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,59}");
    private static final int MAX_ARGUMENTS = 12;
    private static final int MAX_TEXT = 400;
    private static final TypeReference<List<Object>> LIST = new TypeReference<>() {
    };

    public AuditMessage {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("audit message code must be lower-case words with dashes: " + code);
        }
        if (arguments.size() > MAX_ARGUMENTS) {
            throw new IllegalArgumentException("an audit message takes at most " + MAX_ARGUMENTS + " arguments");
        }
        List<Object> checked = new ArrayList<>(arguments.size());
        for (Object a : arguments) {
            checked.add(checked(a));
        }
        arguments = List.copyOf(checked);
    }

    public static AuditMessage of(String code, Object... arguments) {
        return new AuditMessage(code, java.util.Arrays.asList(arguments));
    }

    private static Object checked(Object a) {
        return switch (a) {
            case null -> "";
            case Integer i -> i.longValue();
            case Long l -> l;
            case Double d -> d;
            case LocalizedText t -> t;
            case String s -> bounded(s);
            // a version, an enum or a set of roles: read as their text
            default -> bounded(String.valueOf(a));
        };
    }

    private static String bounded(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT);
    }

    /** The arguments as stored: a JSON array of texts, numbers and objects of texts by language. */
    String argumentsJson() {
        List<Object> stored = new ArrayList<>(arguments.size());
        for (Object a : arguments) {
            stored.add(a instanceof LocalizedText t ? t.byLanguage() : a);
        }
        return Json.write(stored);
    }

    /** Read back as stored; anything unreadable is left out rather than failing the whole log page. */
    static AuditMessage read(String code, String argumentsJson) {
        List<Object> stored = argumentsJson == null ? List.of() : Json.read(argumentsJson, LIST);
        List<Object> arguments = new ArrayList<>(stored.size());
        for (Object a : stored) {
            arguments.add(switch (a) {
                case Map<?, ?> m -> localized(m);
                case Double d -> d;
                case Number n -> n.longValue();
                case null -> "";
                default -> String.valueOf(a);
            });
        }
        return new AuditMessage(code, arguments);
    }

    private static LocalizedText localized(Map<?, ?> m) {
        Map<String, String> texts = new LinkedHashMap<>();
        m.forEach((k, v) -> texts.put(String.valueOf(k), String.valueOf(v)));
        return new LocalizedText(texts);
    }
}

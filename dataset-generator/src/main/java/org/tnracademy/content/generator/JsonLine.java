package org.tnracademy.content.generator;

import java.util.Locale;

import org.tnracademy.exercises.LocalizedText;

/** Builds one JSON object on one line, fields in the order they are put; for the streaming exports. */
final class JsonLine {

    private final StringBuilder out = new StringBuilder(256).append('{');

    JsonLine put(String name, String value) {
        return raw(name, value == null ? "null" : DatasetWriter.quote(value));
    }

    JsonLine put(String name, double value) {
        return raw(name, Double.isNaN(value) ? "null" : YamlText.number(value));
    }

    JsonLine put(String name, long value) {
        return raw(name, Long.toString(value));
    }

    JsonLine put(String name, boolean value) {
        return raw(name, Boolean.toString(value));
    }

    JsonLine put(String name, LocalizedText value) {
        if (value == null) {
            return raw(name, "null");
        }
        StringBuilder json = new StringBuilder("{");
        for (String code : Texts.LANGUAGES) {
            json.append(json.length() > 1 ? "," : "").append(DatasetWriter.quote(code)).append(':')
                    .append(DatasetWriter.quote(Texts.in(value, code)));
        }
        return raw(name, json.append('}').toString());
    }

    JsonLine raw(String name, String json) {
        if (out.length() > 1) {
            out.append(',');
        }
        out.append(DatasetWriter.quote(name)).append(':').append(json);
        return this;
    }

    /** The object, marked synthetic, with its '\n'. */
    String line() {
        put("synthetic", true);
        return out.append("}\n").toString();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s}", out);
    }
}

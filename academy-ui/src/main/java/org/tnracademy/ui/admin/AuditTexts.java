package org.tnracademy.ui.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tnracademy.core.audit.AuditMessage;
import org.tnracademy.core.audit.AuditRecord;
import org.tnracademy.exercises.LocalizedText;

/**
 * An audit entry's detail in the reader's language: its message ({@code audit.message.<code>}, an
 * ICU message format) with titles in that language; entries written before messages were stored
 * (V27) show their technical line as it was written.
 */
final class AuditTexts {

    /** Messages whose arguments at these places are role names, shown in the reader's words. */
    private static final List<String> ROLE_MESSAGES = List.of("account-created", "roles-changed");

    /** The bundles' texts: a view's {@code getTranslation}, or the provider in a test. */
    @FunctionalInterface
    interface Words {
        String get(Locale locale, String key, Object... arguments);
    }

    private AuditTexts() {
    }

    static String detail(Words words, AuditRecord record, Locale locale) {
        AuditMessage message = record.message();
        if (message == null) {
            return record.detail() == null ? "" : record.detail();
        }
        List<Object> arguments = new ArrayList<>(message.arguments().size());
        for (int i = 0; i < message.arguments().size(); i++) {
            Object a = message.arguments().get(i);
            if (a instanceof LocalizedText t) {
                arguments.add(t.in(locale));
            } else if (i > 0 && ROLE_MESSAGES.contains(message.code()) && a instanceof String roles) {
                arguments.add(roles(words, locale, roles));
            } else {
                arguments.add(a);
            }
        }
        String key = "audit.message." + message.code();
        String text = words.get(locale, key, arguments.toArray());
        // a code this version does not know (written by a newer node): the technical line says it
        return text.equals("!" + key) ? record.detail() : text;
    }

    private static String roles(Words words, Locale locale, String names) {
        if (names.isBlank()) {
            return words.get(locale, "audit.no-roles");
        }
        List<String> roles = new ArrayList<>();
        for (String name : names.split(",")) {
            roles.add(words.get(locale, "role." + name.strip()));
        }
        return String.join(", ", roles);
    }
}

package org.tnracademy.ui.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
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

    private AuditTexts() {
    }

    static String detail(Component page, AuditRecord record, Locale locale) {
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
                arguments.add(roles(page, roles));
            } else {
                arguments.add(a);
            }
        }
        String key = "audit.message." + message.code();
        String text = page.getTranslation(locale, key, arguments.toArray());
        // a code this version does not know (written by a newer node): the technical line says it
        return text.equals("!" + key) ? record.detail() : text;
    }

    private static String roles(Component page, String names) {
        if (names.isBlank()) {
            return page.getTranslation("audit.no-roles");
        }
        List<String> words = new ArrayList<>();
        for (String name : names.split(",")) {
            words.add(page.getTranslation("role." + name.strip()));
        }
        return String.join(", ", words);
    }
}

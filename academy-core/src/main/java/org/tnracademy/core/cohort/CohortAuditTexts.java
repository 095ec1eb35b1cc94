package org.tnracademy.core.cohort;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tnracademy.core.audit.AuditMessage;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.curriculum.ContentLanguage;

/** How the audit trail names a cohort: by its name, dates and courses' titles, never by ids alone. */
final class CohortAuditTexts {

    private CohortAuditTexts() {
    }

    /** The audit message for a cohort, with its courses' titles in every content language. */
    static AuditMessage message(String code, CohortSummary s, CatalogService catalog) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (String language : ContentLanguage.codes()) {
            List<String> names = new ArrayList<>();
            for (Long courseId : s.courseIds()) {
                names.add(catalog.outline(courseId).map(o -> o.title().in(Locale.forLanguageTag(language)))
                        .orElse(String.valueOf(courseId)));
            }
            titles.put(language, String.join(", ", names));
        }
        return AuditMessage.of(code, s.name(), s.startsOn().toString(), s.endsOn().toString(), s.courseIds().size(),
                new LocalizedText(titles));
    }

    /** The plain-text line of the audit entry. */
    static String describe(CohortSummary s) {
        return s.name() + " (" + s.startsOn() + " to " + s.endsOn() + ", courses " + s.courseIds() + ")";
    }
}

package org.tnracademy.ui.studio;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.tnracademy.ui.i18n.ProblemTexts;
import org.tnracademy.core.studio.DraftProblem;

/** The problems the check found in an exercise draft, listed with their place (field and line). */
final class DraftProblemsList extends Div {

    private final H3 heading = new H3();
    private final UnorderedList list = new UnorderedList();

    DraftProblemsList() {
        heading.setId("exercise-problems-heading");
        list.setId("exercise-problems");
        add(heading, list);
    }

    /** Shows the draft's problems, each also beside its field in the spec and key editors (when built). */
    void show(List<DraftProblem> found, FormOrYamlTreeEditor spec, FormOrYamlTreeEditor key) {
        list.removeAll();
        heading.setVisible(!found.isEmpty());
        heading.setText(getTranslation("exercise-draft.problems", found.size()));
        Map<String, String> inSpec = new LinkedHashMap<>();
        Map<String, String> inKey = new LinkedHashMap<>();
        for (DraftProblem p : found) {
            if (p.field() != null && p.field().startsWith("spec.")) {
                inSpec.putIfAbsent(p.field().substring("spec.".length()), reasonOnly(p));
            } else if (p.field() != null && p.field().startsWith("key.")) {
                inKey.putIfAbsent(p.field().substring("key.".length()), reasonOnly(p));
            }
        }
        if (spec != null) {
            spec.showProblems(inSpec);
            key.showProblems(inKey);
        }
        for (DraftProblem p : found) {
            ListItem item = new ListItem(problemText(p, spec, key));
            item.getStyle().set("color", "var(--lumo-error-text-color)");
            list.add(item);
        }
    }

    private String problemText(DraftProblem p, FormOrYamlTreeEditor spec, FormOrYamlTreeEditor key) {
        String field = p.field() == null ? p.file() : p.field();
        int line = 0;
        if (p.field() != null && p.field().startsWith("spec.")) {
            line = spec.lineOf(p.field().substring("spec.".length()));
        } else if (p.field() != null && p.field().startsWith("key.")) {
            line = key.lineOf(p.field().substring("key.".length()));
        }
        String reason = reasonOnly(p);
        return line > 0 ? getTranslation("exercise-draft.problem.at-line", field, line, reason)
                : getTranslation("exercise-draft.problem", field, reason);
    }

    /** The problem in the instructor's language; the field is shown beside it, so it is not repeated. */
    private String reasonOnly(DraftProblem p) {
        if (p.messageKey() != null) {
            return ProblemTexts.of(this, p.messageKey(), p.messageArgs(), p.reason());
        }
        // a draft saved before problems had codes: its English reason starts with the path in its own file
        String reason = p.reason();
        String inFile = p.field() != null && p.field().startsWith("key.") ? p.field().substring("key.".length())
                : p.field();
        if (inFile != null && reason.startsWith(inFile + ": ")) {
            reason = reason.substring(inFile.length() + 2);
        }
        return reason;
    }
}

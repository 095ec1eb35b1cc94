package org.tnracademy.ui.exercise.estimate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tnracademy.core.media.ImageLinks;
import org.tnracademy.exercises.estimate.EstimateQuestion;
import org.tnracademy.exercises.estimate.EstimateSpec;
import org.tnracademy.exercises.estimate.QuestionKind;
import org.tnracademy.ui.exercise.workspace.AnswerChanges;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;
import org.tnracademy.ui.exercise.workspace.DraftTrees;

/**
 * The questions of an estimate exercise in spec order: a place as latitude and longitude, or a
 * number with its unit, each with how it is scored (full credit within the tolerance, none from
 * the zero-credit error), since the spec is the learner's to read.
 */
public class EstimateWorkspace extends Composite<VerticalLayout> implements AnswerWorkspace {

    private final Map<String, QuestionEntry> entries = new LinkedHashMap<>();
    private final AnswerChanges changes = new AnswerChanges();
    private final EstimateSpec spec;
    private final ImageLinks pictures;

    /** A workspace showing no picture of the course. */
    public EstimateWorkspace(EstimateSpec spec) {
        this(spec, ImageLinks.NONE);
    }

    /**
     * @param pictures where the course's pictures are served: each question's photo, and the map
     *                 location questions are pinned on
     */
    public EstimateWorkspace(EstimateSpec spec, ImageLinks pictures) {
        this.spec = spec;
        this.pictures = pictures;
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.addClassName("academy-estimate-workspace");
        int number = 1;
        for (EstimateQuestion question : spec.questions()) {
            root.add(section(question, number++, spec.questions().size()));
        }
    }

    private Section section(EstimateQuestion question, int number, int count) {
        Section section = new Section();
        section.setId("question-" + question.id());
        section.getElement().setAttribute("role", "group");
        section.getElement().setAttribute("aria-label", question.prompt().in(getLocale()));
        section.add(new H3(getTranslation("estimate.question", number, count)));
        QuestionEntry entry;
        if (question.picture() != null) {
            section.add(new PhotoFigure("photo-" + question.id(), question.picture(), pictures, getLocale()));
        }
        if (question.kind() == QuestionKind.LOCATION) {
            section.add(new Paragraph(question.prompt().in(getLocale())));
            GeoMap map = GeoMaps.create(this, getLocale(), question.id(), spec.map(), pictures,
                    "geo.map.label").orElse(null);
            if (map != null) {
                Div help = new Div(getTranslation("geo.map.help"));
                help.addClassName("academy-explanation");
                section.add(help);
            }
            entry = new LocationEntry(question, changes::fire, map);
        } else {
            entry = new NumberEntry(question, changes::fire);
        }
        section.add(entry.component());
        Div scoring = new Div(getTranslation("estimate.scoring",
                EstimateFormats.amount(question.tolerance(), question, getLocale()),
                EstimateFormats.amount(question.zeroCredit(), question, getLocale())));
        scoring.addClassName("academy-explanation");
        section.add(scoring);
        entries.put(question.id(), entry);
        return section;
    }

    @Override
    public Component component() {
        return this;
    }

    /**
     * {@code {answers: {q-place: {latitude: 43.25, longitude: 5.4}, q-accounts: 150.0}}}: the
     * questions whose fields read as a value in range. A question with an unreadable or incomplete
     * entry is left out (it would be refused) and named by {@link #inputProblems()}.
     */
    @Override
    public Map<String, Object> answer() {
        Map<String, Object> answers = new LinkedHashMap<>();
        entries.forEach((id, entry) -> {
            Object value = entry.treeValue();
            if (value != null) {
                answers.put(id, value);
            }
        });
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("answers", answers);
        return tree;
    }

    @Override
    public boolean isEmpty() {
        return entries.values().stream().allMatch(QuestionEntry::isBlank);
    }

    /**
     * What the learner typed that the answer cannot carry (a coordinate that is not a number or out
     * of range, a place with one coordinate only), one translated sentence per field naming it;
     * each is also marked at its field. Empty when everything typed is in {@link #answer()}. The
     * page should show these before submitting: such questions would count as unanswered.
     */
    public List<String> inputProblems() {
        List<String> problems = new ArrayList<>();
        entries.values().forEach(e -> problems.addAll(e.problems()));
        return problems;
    }

    /** {@code {answers: {question: value}}}: each question of the spec gets its value, the others are emptied. */
    @Override
    public void restore(Map<String, Object> answerTree) {
        Map<String, Object> answers = DraftTrees.map(answerTree, "answers");
        changes.restoring(() -> entries.forEach((id, entry) -> entry.restore(answers.get(id))));
    }

    @Override
    public void addAnswerChangeListener(Runnable listener) {
        changes.add(listener);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        entries.values().forEach(e -> e.setReadOnly(readOnly));
    }
}

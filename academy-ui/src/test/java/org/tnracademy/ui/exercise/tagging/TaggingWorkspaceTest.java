package org.tnracademy.ui.exercise.tagging;

import java.util.concurrent.atomic.AtomicInteger;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.exercises.tagging.TaggingAnswer;
import org.tnracademy.exercises.tagging.TaggingResult;
import org.tnracademy.exercises.tagging.TaggingSpec;
import org.tnracademy.exercises.tagging.Technique;
import org.tnracademy.ui.testsupport.DocExamples;
import org.tnracademy.ui.testsupport.RenderedText;

/** A learner tagging the incident of docs/exercise-types/tagging.md, and the feedback on the tags. */
@SpringBootTest
class TaggingWorkspaceTest extends SpringBrowserlessTest {

    static final String TYPE = "technique-tagging";
    static final Map<String, Object> SPEC = DocExamples.yaml("""
            sameTacticCredit: 0.5
            catalogue:
              - {id: T0085, tactic: TA06, name: {en: "Develop text-based content"}}
              - {id: T0086, tactic: TA06, name: {en: "Develop image-based content"}}
              - {id: T0049, tactic: TA17, name: {en: "Flood information space"}}
              - {id: T0007, tactic: TA15, name: {en: "Create inauthentic social media pages and groups"}}
              - {id: T1430, tactic: TA0035, name: {en: "Location tracking"}}
            """);
    static final Map<String, Object> KEY = DocExamples.yaml("""
            exercise: tag-the-smear
            techniques:
              - id: T0086
                explanation: {en: "The 'intimate' image is fabricated."}
              - id: T0049
                explanation: {en: "Hundreds of replies bury the target's posts."}
              - id: T0007
                explanation: {en: "The replies come from accounts made for the campaign."}
            """);

    TaggingSpec spec;
    TaggingWorkspace workspace;

    @BeforeEach
    void openWorkspace() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        spec = DocExamples.spec(TYPE, SPEC);
        workspace = new TaggingWorkspace(spec);
        UI.getCurrent().add(workspace);
    }

    @SuppressWarnings("unchecked")
    MultiSelectComboBox<Technique> picker() {
        return $(MultiSelectComboBox.class).id("technique-picker");
    }

    @Test
    void taggingExactlyTheKeyGivesAnAnswerTheReaderAcceptsAndFullMarks() {
        var picker = test(picker());
        picker.selectItem("T0086 · Develop image-based content", "T0049 · Flood information space",
                "T0007 · Create inauthentic social media pages and groups");

        Map<String, Object> tree = workspace.answer();
        assertThat(tree).isEqualTo(Map.of("techniques", List.of("T0086", "T0049", "T0007")));
        assertThat(DocExamples.readAnswer(TYPE, spec, tree)).isInstanceOf(TaggingAnswer.class);
        TaggingResult result = DocExamples.grade(TYPE, SPEC, KEY, tree);
        assertThat(result.score()).isEqualTo(1.0);
    }

    @Test
    void thePickerFiltersOnIdNameAndTactic() {
        var picker = test(picker());
        picker.setFilter("t143");
        assertThat(picker.getSuggestionItems()).extracting(Technique::id).containsExactly("T1430");
        picker.setFilter("content");
        assertThat(picker.getSuggestionItems()).extracting(Technique::id).containsExactly("T0085", "T0086");
        picker.setFilter("TA06");
        assertThat(picker.getSuggestionItems()).extracting(Technique::id).containsExactly("T0085", "T0086");
    }

    @Test
    void tagsAreShownGroupedByTacticAndCanBeRemovedThere() {
        test(picker()).selectItem("T1430 · Location tracking", "T0086 · Develop image-based content",
                "T0085 · Develop text-based content");

        String summary = RenderedText.of($(Div.class).id("tagged-by-tactic"));
        assertThat(summary).contains("3 techniques tagged, by tactic:");
        // tactics in catalogue order, then techniques in catalogue order within each
        assertThat(summary.indexOf("DISARM tactic TA06")).isLessThan(summary.indexOf("T0085 · Develop"));
        assertThat(summary.indexOf("T0085 · Develop")).isLessThan(summary.indexOf("T0086 · Develop"));
        assertThat(summary.indexOf("T0086 · Develop")).isLessThan(summary.indexOf("ATT&CK tactic TA0035"));

        test($(Button.class).id("untag-T0086")).click();

        // in catalogue order, however the tags were added
        assertThat(workspace.answer()).isEqualTo(Map.of("techniques", List.of("T0085", "T1430")));
        assertThat(picker().getValue()).extracting(Technique::id).containsExactlyInAnyOrder("T1430", "T0085");
    }

    @Test
    void theCatalogueBrowserIsBuiltWhenOpenedAndTagsLikeThePicker() {
        assertThat($(CheckboxGroup.class).all()).isEmpty();
        test(picker()).selectItem("T0085 · Develop text-based content");

        $(Details.class).id("catalogue-browser").setOpened(true);

        @SuppressWarnings("unchecked")
        CheckboxGroup<Technique> disarmTa06 = $(CheckboxGroup.class).id("browse-TA06");
        assertThat(disarmTa06.getLabel()).isEqualTo("DISARM tactic TA06");
        assertThat(disarmTa06.getValue()).extracting(Technique::id).containsExactly("T0085");
        test(disarmTa06).selectItem("T0086 · Develop image-based content");

        assertThat(workspace.answer()).isEqualTo(Map.of("techniques", List.of("T0085", "T0086")));
        assertThat(picker().getValue()).extracting(Technique::id).containsExactlyInAnyOrder("T0085", "T0086");
    }

    @Test
    void isEmptyUntilATagAndReadOnlyRefusesChanges() {
        assertThat(workspace.isEmpty()).isTrue();
        assertThat(workspace.answer()).isEqualTo(Map.of("techniques", List.of()));
        DocExamples.readAnswer(TYPE, spec, workspace.answer());

        test(picker()).selectItem("T0085 · Develop text-based content");
        assertThat(workspace.isEmpty()).isFalse();

        workspace.setReadOnly(true);
        assertThat(picker().isReadOnly()).isTrue();
        // a change that reaches a read-only picker anyway is undone
        picker().setValue(spec.catalogue());
        assertThat($(Button.class).id("untag-T0085").isEnabled()).isFalse();
        assertThat(workspace.answer()).isEqualTo(Map.of("techniques", List.of("T0085")));
    }

    @Test
    void feedbackHidesTheMissedTechniquesAndTheirExplanationsUntilTheLastAttempt() {
        // the docs' example: T0086 matched, T0085 same tactic, T1430 wrong, T0049 and T0007 missed
        TaggingResult result = DocExamples.grade(TYPE, SPEC, KEY,
                DocExamples.yaml("techniques: [T0086, T0085, T1430]"));

        String hidden = RenderedText.of(new TaggingFeedback(result, false));
        assertThat(hidden).contains("30%", "Matched: 1; right tactic, other technique: 1; wrong: 1; missed: 2",
                        "The 'intimate' image is fabricated.", "2 techniques of the key were not tagged.")
                .doesNotContain("T0049").doesNotContain("Flood information space")
                .doesNotContain("Hundreds of replies bury the target's posts.")
                .doesNotContain("T0007").doesNotContain("The replies come from accounts made for the campaign.");

        String revealed = RenderedText.of(new TaggingFeedback(result, true));
        assertThat(revealed).contains("T0049 · Flood information space — missed",
                "Hundreds of replies bury the target's posts.", "The replies come from accounts made for the campaign.",
                "DISARM tactic TA17");
    }

    @Test
    void aDraftIsPutBackIntoANewWorkspaceAndTechniquesNotInTheCatalogueAreLeftOut() {
        AtomicInteger changes = new AtomicInteger();
        workspace.addAnswerChangeListener(changes::incrementAndGet);
        test(picker()).selectItem("T1430 · Location tracking", "T0086 · Develop image-based content");
        Map<String, Object> draft = workspace.answer();
        assertThat(changes.get()).isPositive();

        TaggingWorkspace reopened = new TaggingWorkspace(spec);
        AtomicInteger reopenedChanges = new AtomicInteger();
        reopened.addAnswerChangeListener(reopenedChanges::incrementAndGet);
        reopened.restore(Map.of("techniques", List.of("T9999", "T1430", "T0086")));
        assertThat(reopened.answer()).isEqualTo(draft);
        assertThat(reopenedChanges).hasValue(0);
    }
}

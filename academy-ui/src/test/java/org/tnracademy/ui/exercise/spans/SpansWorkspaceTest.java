package org.tnracademy.ui.exercise.spans;

import java.util.concurrent.atomic.AtomicInteger;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.exercises.spans.MarkedSpan;
import org.tnracademy.exercises.spans.SpansSpec;
import org.tnracademy.exercises.spans.SpansType;

/** The spans workspace filled by keyboard and by a browser selection, read and graded by the spans type. */
@SpringBootTest
@WithMockUser(username = "analyst", roles = "LEARNER")
class SpansWorkspaceTest extends SpringBrowserlessTest {

    private static final SpansType TYPE = new SpansType();
    private static final String DOXING = "Found her: Mira Tallis lives at 14 Quay Lane, Saltmarrow. "
            + "Call +00 555 0147 or mail mira.t@mail.example today.";
    private static final String WITH_EMOJI = "\uD83D\uDE21 Call him on +00 555 0199 now";

    SpansSpec spec;
    SpansWorkspace workspace;

    @BeforeEach
    void open() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        spec = TYPE.readSpec(Map.of("categories", List.of(
                Map.of("id", "address", "title", Map.of("en", "Home address", "fr", "Adresse du domicile")),
                Map.of("id", "phone", "title", Map.of("en", "Phone number", "fr", "Numéro de téléphone"))),
                "posts", List.of(Map.of("id", "post-001", "text", DOXING),
                        Map.of("id", "post-002", "text", WITH_EMOJI))));
        workspace = new SpansWorkspace(spec);
        UI.getCurrent().add(workspace.component());
    }

    @Test
    void markingTheKeyByKeyboardScoresOne() {
        assertThat(workspace.isEmpty()).isTrue();
        assertThat(workspace.answer()).isEmpty();
        // "14 Quay Lane, Saltmarrow" is characters 33 to 56 counted from 1
        mark(33, 56, "address");

        assertThat(workspace.answer()).isEqualTo(Map.of("spans", List.of(
                Map.of("post", "post-001", "start", 32, "end", 56, "category", "address"))));
        Map<String, Object> key = Map.of("spans", List.of(Map.of("post", "post-001", "start", 32, "end", 56,
                "category", "address", "explanation", Map.of("en", "A home address tells anyone where to find her."))));
        assertThat(TYPE.grade(spec, TYPE.readKey(spec, key), TYPE.readAnswer(spec, workspace.answer())).score())
                .isEqualTo(1.0);
        assertThat(workspace.isEmpty()).isFalse();
    }

    @Test
    void aBrowserSelectionAfterAnEmojiIsSentInUtf16UnitsAndTheFieldsCountCharacters() {
        test(grid("post-list")).select(1);
        // the browser measures "+00 555 0199" at UTF-16 offsets 15 to 27 (the emoji is two units), with a space taken
        workspace.selectionRead("14,27");
        assertThat($(IntegerField.class).id("span-from").getValue()).isEqualTo(15);
        assertThat($(IntegerField.class).id("span-to").getValue()).isEqualTo(26);
        assertThat($(Span.class).id("span-preview").getText()).isEqualTo("Text to mark: «+00 555 0199»");
        $(Select.class).id("span-category").setValue("phone");
        test($(Button.class).id("add-mark")).click();

        assertThat(workspace.answer()).isEqualTo(Map.of("spans", List.of(
                Map.of("post", "post-002", "start", 15, "end", 27, "category", "phone"))));
        assertThat(WITH_EMOJI.substring(15, 27)).isEqualTo("+00 555 0199");
        TYPE.readAnswer(spec, workspace.answer());
    }

    @Test
    void badFieldsAndOverlapsAreRefusedAtTheFieldsAndNeverReachTheAnswer() {
        mark(40, 20, "address");
        assertThat($(IntegerField.class).id("span-to").isInvalid()).isTrue();
        assertThat($(IntegerField.class).id("span-to").getErrorMessage())
                .isEqualTo("The last character must not come before the first.");
        mark(1, 500, "address");
        assertThat($(IntegerField.class).id("span-to").getErrorMessage()).contains("from 1 to " + DOXING.length());
        $(IntegerField.class).id("span-from").clear();
        test($(Button.class).id("add-mark")).click();
        assertThat($(IntegerField.class).id("span-from").getErrorMessage()).isEqualTo("Enter a character number.");
        assertThat(workspace.isEmpty()).isTrue();

        mark(33, 56, "address");
        mark(40, 60, "address");
        assertThat($(Span.class).id("span-message").getText()).startsWith("This text overlaps a mark");
        mark(40, 60, "phone"); // another category may overlap
        assertThat(workspace.answer().get("spans")).asList().hasSize(2);
        TYPE.readAnswer(spec, workspace.answer());
    }

    @Test
    void marksAreListedWithARemoveButtonAndReadOnlyLocksThem() {
        mark(33, 56, "address");
        mark(64, 75, "phone");
        @SuppressWarnings("unchecked")
        Grid<MarkedSpan> marks = $(Grid.class).id("mark-list");
        assertThat(test(marks).size()).isEqualTo(2);
        // the remove buttons come last of the columns shown
        int removeColumn = (int) marks.getColumns().stream().filter(Grid.Column::isVisible).count() - 1;
        Button remove = (Button) test(marks).getCellComponent(1, removeColumn);
        assertThat(remove.getElement().getAttribute("aria-label")).isEqualTo("Remove the mark «+00 555 0147» (Phone number)");

        workspace.setReadOnly(true);
        assertThat($(Button.class).id("add-mark").isEnabled()).isFalse();
        assertThat(((Button) test(marks).getCellComponent(1, removeColumn)).isEnabled()).isFalse();
        workspace.setReadOnly(false);
        test((Button) test(marks).getCellComponent(1, removeColumn)).click();
        assertThat(workspace.answer().get("spans")).asList().hasSize(1);
    }

    private void mark(int from, int to, String category) {
        $(IntegerField.class).id("span-from").setValue(from);
        $(IntegerField.class).id("span-to").setValue(to);
        $(Select.class).id("span-category").setValue(category);
        test($(Button.class).id("add-mark")).click();
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return $(Grid.class).id(id);
    }

    @Test
    void aDraftIsPutBackIntoANewWorkspaceWithTheMarksTheTypeAccepts() {
        AtomicInteger changes = new AtomicInteger();
        workspace.addAnswerChangeListener(changes::incrementAndGet);
        mark(33, 56, "address");
        mark(64, 75, "phone");
        Map<String, Object> draft = workspace.answer();
        assertThat(changes.get()).isPositive();

        SpansWorkspace reopened = new SpansWorkspace(spec);
        AtomicInteger reopenedChanges = new AtomicInteger();
        reopened.addAnswerChangeListener(reopenedChanges::incrementAndGet);
        List<Object> spans = new java.util.ArrayList<>((List<?>) draft.get("spans"));
        spans.add(Map.of("post", "post-404", "start", 0, "end", 3, "category", "address"));
        spans.add(Map.of("post", "post-001", "start", 0, "end", 3, "category", "unknown"));
        reopened.restore(Map.of("spans", spans));

        assertThat(reopened.answer()).isEqualTo(draft);
        assertThat(reopenedChanges).hasValue(0);
    }

    // keys: selecting in the post text and marking with Enter or a category's number

    @Test
    void aKeyboardSelectionFillsTheFieldsAndADigitMarksItWithThatCategoryAndSaysSo() {
        // "14 Quay Lane, Saltmarrow" is UTF-16 offsets 32 to 56, as the browser sends them
        workspace.keyboardSelectionRead("32,56");
        assertThat($(IntegerField.class).id("span-from").getValue()).isEqualTo(33);
        assertThat($(IntegerField.class).id("span-to").getValue()).isEqualTo(56);
        assertThat($(Span.class).id("span-preview").getText()).isEqualTo("Text to mark: «14 Quay Lane, Saltmarrow»");

        workspace.markFromKeyboard("32,56", 1);

        assertThat(workspace.answer()).isEqualTo(Map.of("spans", List.of(
                Map.of("post", "post-001", "start", 32, "end", 56, "category", "address"))));
        assertThat($(Span.class).id("span-message").getText())
                .isEqualTo("Marked «14 Quay Lane, Saltmarrow» as Home address.");
    }

    @Test
    void enterMarksTheKeyboardSelectionWithTheCategoryChosenBelowTheText() {
        $(Select.class).id("span-category").setValue("phone");
        // a selection with the space after the number: the mark starts and ends on the data
        workspace.markFromKeyboard("63,76", 0);

        assertThat(workspace.answer()).isEqualTo(Map.of("spans", List.of(
                Map.of("post", "post-001", "start", 63, "end", 75, "category", "phone"))));
        assertThat(DOXING.substring(63, 75)).isEqualTo("+00 555 0147");
    }

    @Test
    void noSelectionOrANumberWithoutACategoryMarksNothingAndSaysWhy() {
        workspace.markFromKeyboard("", 1);
        assertThat($(Span.class).id("span-message").getText())
                .isEqualTo("Select the text to mark first: Shift and the arrow keys in the post text.");
        workspace.markFromKeyboard("32,56", 3);
        assertThat($(Span.class).id("span-message").getText())
                .isEqualTo("There is no category 3: press a number from 1 to 2, or Enter for the category chosen below.");

        assertThat(workspace.answer()).isEmpty();
    }
}

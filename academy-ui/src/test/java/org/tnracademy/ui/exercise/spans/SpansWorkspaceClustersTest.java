package org.tnracademy.ui.exercise.spans;

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
import org.tnracademy.exercises.spans.SpansSpec;
import org.tnracademy.exercises.spans.SpansType;

/**
 * The spans workspace marks whole characters as a reader sees them: a selection that starts or ends
 * inside a flag, an accent, an emoji sequence or an Arabic letter with its harakat is widened to
 * take it whole, and the from/to fields count those characters. Posts are invented.
 */
@SpringBootTest
@WithMockUser(username = "analyst", roles = "LEARNER")
class SpansWorkspaceClustersTest extends SpringBrowserlessTest {

    private static final SpansType TYPE = new SpansType();
    /** Right to left, with harakat on the brother's name, Arabic-Indic digits and a Latin handle. */
    private static final String ARABIC = "ليلى حداد تسكن في ١٤ شارع الميناء، أخوها مُحَمَّد، راسلوا @laila_h_syn";
    /** A flag, a decomposed é, a technologist with a skin tone (a ZWJ sequence), Chinese and digits. */
    private static final String MIXED = "\uD83C\uDDEB\uD83C\uDDF7 Zoe\u0301 \uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBB "
            + "林晓雯 +00 555 0192";

    SpansSpec spec;
    SpansWorkspace workspace;

    @BeforeEach
    void open() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        spec = TYPE.readSpec(Map.of("categories", List.of(
                Map.of("id", "relative", "title", Map.of("en", "Relative's name")),
                Map.of("id", "handle", "title", Map.of("en", "Account handle"))),
                "posts", List.of(Map.of("id", "post-ar", "text", ARABIC), Map.of("id", "post-mixed", "text", MIXED))));
        workspace = new SpansWorkspace(spec);
        UI.getCurrent().add(workspace.component());
    }

    @Test
    void aSelectionStartingInsideAFlagAndEndingBeforeAnAccentTakesBothWhole() {
        test(grid("post-list")).select(1);
        int accent = MIXED.indexOf("\u0301");
        // from the flag's second regional indicator to just before the combining acute of "Zoé"
        workspace.selectionRead("2," + accent);

        // flag, space, Z, o, é: five characters as a reader counts them
        assertThat($(IntegerField.class).id("span-from").getValue()).isEqualTo(1);
        assertThat($(IntegerField.class).id("span-to").getValue()).isEqualTo(5);
        assertThat($(Span.class).id("span-preview").getText())
                .isEqualTo("Text to mark: «\uD83C\uDDEB\uD83C\uDDF7 Zoe\u0301»");
        $(Select.class).id("span-category").setValue("relative");
        test($(Button.class).id("add-mark")).click();

        assertThat(workspace.answer()).isEqualTo(Map.of("spans", List.of(
                Map.of("post", "post-mixed", "start", 0, "end", accent + 1, "category", "relative"))));
        TYPE.readAnswer(spec, workspace.answer());
    }

    @Test
    void theFieldsCountCharactersAsAReaderSeesThem() {
        test(grid("post-list")).select(1);
        // the technologist is character 7, though it is four code points and seven UTF-16 units
        mark(7, 7, "handle");
        // 林晓雯 are characters 9 to 11
        mark(9, 11, "relative");

        int technologist = MIXED.indexOf("\uD83D\uDC69");
        int name = MIXED.indexOf("林晓雯");
        assertThat(workspace.answer()).isEqualTo(Map.of("spans", List.of(
                Map.of("post", "post-mixed", "start", technologist, "end", technologist + 7, "category", "handle"),
                Map.of("post", "post-mixed", "start", name, "end", name + 3, "category", "relative"))));
        TYPE.readAnswer(spec, workspace.answer());

        // 24 characters are seen (29 code points, 34 UTF-16 units)
        mark(20, 25, "handle");
        assertThat($(IntegerField.class).id("span-to").getErrorMessage())
                .isEqualTo("Enter a number from 1 to 24, the length of this post.");
    }

    @Test
    void inAnArabicPostASelectionInsideALetterWithItsHarakatTakesTheLetterWhole() {
        int brother = ARABIC.indexOf("مُحَمَّد");
        // from between the first letter and its damma to the end of the name
        workspace.selectionRead((brother + 1) + "," + (brother + 8));
        assertThat($(Span.class).id("span-preview").getText()).isEqualTo("Text to mark: «مُحَمَّد»");
        $(Select.class).id("span-category").setValue("relative");
        test($(Button.class).id("add-mark")).click();

        // the Latin handle inside the right-to-left text, selected with the space before it
        int handle = ARABIC.indexOf("@laila_h_syn");
        workspace.selectionRead((handle - 1) + "," + ARABIC.length());
        $(Select.class).id("span-category").setValue("handle");
        test($(Button.class).id("add-mark")).click();

        assertThat(workspace.answer()).isEqualTo(Map.of("spans", List.of(
                Map.of("post", "post-ar", "start", brother, "end", brother + 8, "category", "relative"),
                Map.of("post", "post-ar", "start", handle, "end", ARABIC.length(), "category", "handle"))));
        TYPE.readAnswer(spec, workspace.answer());
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
}

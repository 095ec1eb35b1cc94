package org.tnracademy.ui.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.studio.LessonDrafts;

/**
 * The lesson editor without a browser: live sanitised preview, bad input named, a colleague's save
 * in between refused with the typed text kept until the instructor reloads.
 */
@SpringBootTest
@TestPropertySource(properties = "academy.test.isolated-context=studio-editor")
@WithMockUser(username = "instructor", roles = "INSTRUCTOR")
class LessonEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    CatalogService catalog;
    @Autowired
    LessonDrafts lessonDrafts;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void thePreviewShowsTheMarkdownRenderedAndSanitised() {
        open(lesson(0));
        test($(TextArea.class).id("lesson-markdown")).setValue("A **bold** claim <script>alert(1)</script>");
        String html = $(Div.class).id("lesson-preview").getElement().getProperty("innerHTML");
        assertThat(html).contains("<strong>bold</strong>").doesNotContain("<script");
    }

    @Test
    void anEmptyTitleIsRefusedAndTheTextStays() {
        long lessonId = lesson(1);
        open(lessonId);
        test($(TextField.class).id("lesson-title")).setValue("");
        test($(TextArea.class).id("lesson-markdown")).setValue("Kept text.");
        test($(Button.class).id("save-draft")).click();

        Paragraph error = $(Paragraph.class).id("draft-error");
        assertThat(error.getText()).isEqualTo("The title is empty: give the lesson a title in this language.");
        assertThat($(TextArea.class).id("lesson-markdown").getValue()).isEqualTo("Kept text.");
        assertThat(lessonDrafts.open(lessonId).isDraft()).isFalse();
    }

    @Test
    void aColleaguesSaveInBetweenIsNotOverwrittenAndTheTypedTextStaysUntilReload() {
        long lessonId = lesson(2);
        open(lessonId);
        // a colleague saves the same lesson while this editor is open
        asColleague(() -> lessonDrafts.save(lessonId, "en", "Colleague's title", "Colleague's text.", 0));

        test($(TextArea.class).id("lesson-markdown")).setValue("My text.");
        test($(Button.class).id("save-draft")).click();

        ConfirmDialog dialog = $(ConfirmDialog.class).id("stale-draft");
        assertThat($(Paragraph.class).id("draft-error").getText()).startsWith("colleague saved this lesson on")
                .contains("your text is still in the editor");
        assertThat($(TextArea.class).id("lesson-markdown").getValue()).isEqualTo("My text.");
        assertThat(lessonDrafts.open(lessonId).markdown().byLanguage()).containsEntry("en", "Colleague's text.");

        test(dialog).confirm();
        assertThat($(TextArea.class).id("lesson-markdown").getValue()).isEqualTo("Colleague's text.");
        assertThat($(Paragraph.class).id("draft-status").getText()).startsWith("Draft revision 1, saved by colleague");
    }

    @Test
    void savingBothLanguagesThenPublishingMakesANewCourseVersion() {
        long lessonId = lesson(3);
        int version = lessonDrafts.open(lessonId).coursePackVersion();
        open(lessonId);
        test($(TextArea.class).id("lesson-markdown")).setValue("English draft.");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> languages = $(RadioButtonGroup.class).id("lesson-language");
        test(languages).selectItem("French");
        test($(TextArea.class).id("lesson-markdown")).setValue("Brouillon français.");
        test($(Button.class).id("save-draft")).click();

        assertThat(lessonDrafts.open(lessonId).markdown().byLanguage())
                .containsEntry("en", "English draft.").containsEntry("fr", "Brouillon français.");
        assertThat($(Paragraph.class).id("draft-status").getText()).startsWith("Draft revision 2");

        test($(Button.class).id("publish-course")).click();
        test($(ConfirmDialog.class).id("publish-confirm")).confirm();
        assertThat(lessonDrafts.open(lessonId).isDraft()).isFalse();
        assertThat(lessonDrafts.open(lessonId).coursePackVersion()).isEqualTo(version + 1);
        assertThat($(Paragraph.class).id("draft-status").getText())
                .isEqualTo("No draft: this is the published text of course version " + (version + 1) + ".");
    }

    @Test
    void aContentNoteIsEditedPerLanguagePublishedAndRemovedWhenBlankAndATooLongOneIsRefused() {
        long lessonId = lesson(6);
        open(lessonId);
        TextField note = $(TextField.class).id("lesson-content-note");
        test(note).setValue("x".repeat(501));
        test($(Button.class).id("save-draft")).click();
        assertThat($(Paragraph.class).id("draft-error").getText())
                .isEqualTo("The content note is too long: at most 500 characters.");
        assertThat(lessonDrafts.open(lessonId).isDraft()).as("nothing saved").isFalse();
        assertThat(note.getValue()).as("the typed note stays").hasSize(501);

        test(note).setValue("Describes threats against relatives.");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> languages = $(RadioButtonGroup.class).id("lesson-language");
        test(languages).selectItem("French");
        test($(TextField.class).id("lesson-content-note")).setValue("Décrit des menaces contre des proches.");
        test($(Button.class).id("save-draft")).click();
        assertThat(lessonDrafts.open(lessonId).contentNote().byLanguage())
                .containsEntry("en", "Describes threats against relatives.")
                .containsEntry("fr", "Décrit des menaces contre des proches.");

        test($(Button.class).id("publish-course")).click();
        test($(ConfirmDialog.class).id("publish-confirm")).confirm();
        assertThat(catalog.lesson(lessonId, Locale.FRENCH).orElseThrow().contentNote().byLanguage())
                .as("learners see the published note").containsEntry("fr", "Décrit des menaces contre des proches.");

        test(languages).selectItem("English");
        test($(TextField.class).id("lesson-content-note")).setValue(" ");
        for (String language : List.of("French", "German", "Italian", "Japanese")) {
            test(languages).selectItem(language);
            test($(TextField.class).id("lesson-content-note")).setValue("");
        }
        test($(Button.class).id("save-draft")).click();
        assertThat(lessonDrafts.open(lessonId).contentNote()).as("blank in every language: no note").isNull();
    }

    private void open(long lessonId) {
        navigate("instructor/lessons/" + lessonId + "/edit", LessonEditorView.class);
    }

    private long lesson(int index) {
        return catalog.outlines().stream().filter(o -> o.slug().equals("tnr-foundations")).findFirst().orElseThrow()
                .steps().stream().filter(s -> s.kind() == CourseOutline.StepKind.LESSON).toList().get(index).id();
    }

    private static void asColleague(Runnable step) {
        SecurityContext saved = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("colleague", "n/a",
                java.util.List.of(new SimpleGrantedAuthority("ROLE_INSTRUCTOR"))));
        SecurityContextHolder.setContext(context);
        try {
            step.run();
        } finally {
            SecurityContextHolder.setContext(saved);
        }
    }
}

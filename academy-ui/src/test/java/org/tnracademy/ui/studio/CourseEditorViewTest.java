package org.tnracademy.ui.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
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
import org.tnracademy.core.studio.CourseDraftSheet;
import org.tnracademy.core.studio.CourseDrafts;
import org.tnracademy.core.studio.ModuleTitle;
import org.tnracademy.exercises.LocalizedText;

/**
 * The course editor without a browser: an empty title refused by name, a colleague's save in
 * between refused with the typed text kept until reload, and reordering modules published as a new
 * course version.
 */
@SpringBootTest
@TestPropertySource(properties = "academy.test.isolated-context=studio-course-editor")
@WithMockUser(username = "instructor", roles = "INSTRUCTOR")
class CourseEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    CatalogService catalog;
    @Autowired
    CourseDrafts courseDrafts;

    long courseId;

    @BeforeEach
    void starterCourse() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        courseId = outline().id();
    }

    @Test
    void anEmptyEnglishTitleIsRefusedAndNothingIsSaved() {
        long revision = courseDrafts.open(courseId).revision();
        open();
        test($(TextField.class).id("course-title-en")).setValue("");
        test($(Button.class).id("save-course-draft")).click();

        assertThat($(Paragraph.class).id("course-draft-error").getText())
                .isEqualTo("The English course title is empty: give the course a title in English.");
        assertThat(courseDrafts.open(courseId).revision()).isEqualTo(revision);
    }

    @Test
    void anEmptyModuleTitleIsRefusedNamingTheModule() {
        CourseDraftSheet sheet = courseDrafts.open(courseId);
        open();
        test($(TextField.class).id("module-title-" + sheet.modules().get(1).id() + "-en")).setValue(" ");
        test($(Button.class).id("save-course-draft")).click();

        assertThat($(Paragraph.class).id("course-draft-error").getText())
                .isEqualTo("Module 2 has no English title: give every module a title in English.");
        assertThat(courseDrafts.open(courseId).revision()).isEqualTo(sheet.revision());
    }

    @Test
    void aColleaguesSaveInBetweenIsNotOverwrittenAndTheTypedTitleStaysUntilReload() {
        open();
        asColleague(() -> {
            CourseDraftSheet s = courseDrafts.open(courseId);
            courseDrafts.save(courseId, LocalizedText.of("Colleague's course", null), s.summary(), s.modules(),
                    s.revision());
        });
        test($(TextField.class).id("course-title-en")).setValue("My course");
        test($(Button.class).id("save-course-draft")).click();

        ConfirmDialog dialog = $(ConfirmDialog.class).id("stale-course-draft");
        assertThat($(Paragraph.class).id("course-draft-error").getText()).startsWith("colleague saved this course on")
                .contains("your edits are still in the form");
        assertThat($(TextField.class).id("course-title-en").getValue()).isEqualTo("My course");
        assertThat(courseDrafts.open(courseId).title().byLanguage()).containsEntry("en", "Colleague's course");

        test(dialog).confirm();
        assertThat($(TextField.class).id("course-title-en").getValue()).isEqualTo("Colleague's course");
    }

    @Test
    void movingAModuleUpThenPublishingReordersTheCourse() {
        List<String> before = courseDrafts.open(courseId).modules().stream().map(ModuleTitle::id).toList();
        assertThat(before).hasSizeGreaterThanOrEqualTo(2);
        open();
        test($(Button.class).id("module-up-" + before.get(1))).click();
        assertThat($(Button.class).id("module-up-" + before.get(1)).isEnabled()).isFalse();
        test($(Button.class).id("save-course-draft")).click();

        assertThat(courseDrafts.open(courseId).modules()).extracting(ModuleTitle::id)
                .startsWith(before.get(1), before.get(0));
        assertThat($(Paragraph.class).id("course-draft-status").getText()).startsWith("Draft revision");

        test($(Button.class).id("publish-course-draft")).click();
        test($(ConfirmDialog.class).id("publish-course-confirm")).confirm();

        assertThat(outline().modules()).extracting(CourseOutline.Module::slug).startsWith(before.get(1),
                before.get(0));
        assertThat(courseDrafts.open(courseId).isDraft()).isFalse();
    }

    private void open() {
        navigate("instructor/courses/" + courseId + "/edit", CourseEditorView.class);
    }

    private CourseOutline outline() {
        return catalog.outlines().stream().filter(o -> o.slug().equals("tnr-foundations")).findFirst().orElseThrow();
    }

    private static void asColleague(Runnable step) {
        SecurityContext saved = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("colleague", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_INSTRUCTOR"))));
        SecurityContextHolder.setContext(context);
        try {
            step.run();
        } finally {
            SecurityContextHolder.setContext(saved);
        }
    }
}

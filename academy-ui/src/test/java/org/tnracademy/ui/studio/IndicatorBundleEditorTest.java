package org.tnracademy.ui.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.studio.ExerciseDrafts;

/**
 * The exercise editor of an indicator exercise: a published bundle uploaded with its source and
 * licence replaces the spec's bundle, keeps its log lines, and is saved with the draft.
 */
@SpringBootTest
@TestPropertySource(properties = "academy.test.isolated-context=studio-exercise-editor")
@WithMockUser(username = "instructor", roles = "INSTRUCTOR")
class IndicatorBundleEditorTest extends SpringBrowserlessTest {

    private static final String SLUG = "match-spyware-indicators";
    private static final String SOURCE = "https://research.example/2024/nightowl/indicators.stix2";

    @Autowired
    CatalogService catalog;
    @Autowired
    ExerciseDrafts drafts;

    long courseId;

    @BeforeEach
    void starterCourse() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        courseId = catalog.outlines().stream().filter(o -> o.slug().equals("tnr-foundations")).findFirst()
                .orElseThrow().id();
        discardDrafts();
    }

    @AfterEach
    void discardDrafts() {
        drafts.drafts(courseId).forEach(d -> drafts.discard(courseId, d.slug(), d.revision()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPublishedBundleWithItsSourceReplacesTheSpecsBundleAndIsSavedWithTheDraft() {
        navigate("instructor/courses/" + courseId + "/exercises/" + SLUG + "/edit", ExerciseEditorView.class);
        assertThat($(Details.class).id("exercise-bundle-upload").isVisible()).isTrue();
        $(TextField.class).id("bundle-upload-source").setValue(SOURCE);
        $(TextField.class).id("bundle-upload-licence").setValue("CC BY 4.0");
        String json = "{\"type\": \"bundle\", \"id\": \"bundle--34d0032b-b342-4076-955d-6c0020fe693a\", \"objects\": [\n"
                + "{\"type\": \"indicator\", \"spec_version\": \"2.1\", \"id\": \"indicator--05b7c427-1452-437e-a19e-32590edf60c3\","
                + " \"pattern\": \"[domain-name:value='telemetry-sync.example']\", \"pattern_type\": \"stix\","
                + " \"valid_from\": \"2024-01-26T21:28:21Z\"}\n]}";
        test($(Upload.class).id("bundle-upload")).upload("nightowl.stix2", "application/json",
                json.getBytes(StandardCharsets.UTF_8));

        RadioButtonGroup<FormOrYamlTreeEditor.Mode> mode = $(RadioButtonGroup.class).id("exercise-spec-mode");
        mode.setValue(FormOrYamlTreeEditor.Mode.YAML);
        String spec = $(TextArea.class).id("exercise-spec").getValue();
        assertThat(spec).contains("intelligence", SOURCE, "CC BY 4.0", "telemetry-sync.example", "line-001");
        test($(Button.class).id("exercise-save")).click();

        Map<String, Object> saved = drafts.open(courseId, SLUG).spec();
        assertThat(saved.get("intelligence")).isEqualTo(Map.of("source", SOURCE, "licence", "CC BY 4.0"));
        assertThat((List<?>) ((Map<String, Object>) saved.get("bundle")).get("objects")).hasSize(1);
    }
}

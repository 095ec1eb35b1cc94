package org.tnracademy.ui.studio.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.tnracademy.core.packs.PackProblem;
import org.tnracademy.core.studio.upload.IndicatorBundlePreview;
import org.tnracademy.core.studio.upload.IndicatorBundleUploads;
import org.tnracademy.exercises.indicators.IntelligenceSource;

/**
 * The studio's indicator bundle upload without a browser: source and licence are required, a
 * pattern it cannot honour is named with its line, and a published bundle (no names, no synthetic
 * marker; synthetic values here) reaches the editor with its source.
 */
@SpringBootTest
@TestPropertySource(properties = "academy.test.isolated-context=instructor")
@WithMockUser(username = "instructor", roles = "INSTRUCTOR")
class IndicatorBundleUploadFieldTest extends SpringBrowserlessTest {

    private static final String SOURCE = "https://research.example/2024/nightowl/indicators.stix2";

    @Autowired
    IndicatorBundleUploads uploads;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private static byte[] bundle(String secondPattern) {
        return ("{\"type\": \"bundle\", \"id\": \"bundle--34d0032b-b342-4076-955d-6c0020fe693a\", \"objects\": [\n"
                + "{\"type\": \"malware\", \"spec_version\": \"2.1\", \"id\": \"malware--2e9d534b-2e11-4758-bdc5-9c3e1c100d4d\", \"name\": \"NightOwl\", \"is_family\": false},\n"
                + indicator("05b7c427-1452-437e-a19e-32590edf60c3", "[domain-name:value='weather-now.example']") + ",\n"
                + indicator("75512940-6712-421e-97f6-55835fde1b2b", secondPattern) + "\n]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String indicator(String uuid, String pattern) {
        return "{\"type\": \"indicator\", \"spec_version\": \"2.1\", \"id\": \"indicator--" + uuid + "\", "
                + "\"pattern\": \"" + pattern + "\", \"pattern_type\": \"stix\", \"pattern_version\": \"2.1\", "
                + "\"valid_from\": \"2024-01-26T21:28:21Z\"}";
    }

    @Test
    void sourceAndLicenceComeFirstThenABadPatternIsNamedThenAPublishedBundleReachesTheEditor() {
        IndicatorBundleUploadField field = new IndicatorBundleUploadField(uploads);
        List<IndicatorBundlePreview> taken = new ArrayList<>();
        field.addBundleListener(taken::add);
        UI.getCurrent().add(field);

        test($(Upload.class).id("bundle-upload")).upload("nightowl.stix2", "application/json",
                bundle("[process:name='bh']"));
        assertThat($(Paragraph.class).id("bundle-upload-status").getText()).isEqualTo("nightowl.stix2 cannot be"
                + " used: fix these problems (in the file, the source or the licence) and upload it again."
                + " The exercise’s bundle did not change.");
        @SuppressWarnings("unchecked")
        Grid<PackProblem> problems = $(Grid.class).id("bundle-upload-problems");
        assertThat(test(problems).getRow(0).reason()).startsWith("source: required");
        assertThat(test(problems).getRow(1).reason()).startsWith("licence: required");
        assertThat(taken).isEmpty();

        $(TextField.class).id("bundle-upload-source").setValue(SOURCE);
        $(TextField.class).id("bundle-upload-licence").setValue("CC BY 4.0");
        test($(Upload.class).id("bundle-upload")).upload("nightowl.stix2", "application/json",
                bundle("[process:name MATCHES 'b.*']"));
        PackProblem pattern = test(problems).getRow(0);
        assertThat(pattern.line()).isEqualTo(4);
        assertThat(pattern.reason()).startsWith("objects[2].pattern: indicator--75512940-6712-421e-97f6-55835fde1b2b:")
                .contains("the operator MATCHES is not supported");
        assertThat(taken).isEmpty();

        test($(Upload.class).id("bundle-upload")).upload("nightowl.stix2", "application/json",
                bundle("[process:name='bh']"));
        assertThat(problems.isVisible()).isFalse();
        assertThat($(Paragraph.class).id("bundle-upload-status").getText()).isEqualTo("nightowl.stix2: 2 indicators"
                + " read. The bundle, its source and its licence are now in the spec.");
        assertThat(taken).singleElement().satisfies(read -> {
            assertThat(read.intelligence()).isEqualTo(new IntelligenceSource(SOURCE, "CC BY 4.0"));
            assertThat((List<?>) read.bundle().get("objects")).hasSize(3);
        });
    }
}

package org.tnracademy.ui.studio.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.tnracademy.core.dataset.DatasetQuery;
import org.tnracademy.core.dataset.DatasetRow;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.PackProblem;
import org.tnracademy.core.studio.upload.DatasetUploads;
import org.tnracademy.core.studio.upload.KeyUploads;
import org.tnracademy.core.studio.upload.StoredDataset;

/**
 * The dataset and key upload fields without a browser: a bad file lists its problems by line and
 * gives nothing to the editor; a good dataset shows its items and is stored on "Use this dataset";
 * a good key reaches the editor as a tree.
 */
@SpringBootTest
@TestPropertySource(properties = "academy.test.isolated-context=instructor")
@WithMockUser(username = "instructor", roles = "INSTRUCTOR")
class UploadFieldsTest extends SpringBrowserlessTest {

    static final Map<String, Object> SPEC = Map.of("labels", List.of(
            Map.of("id", "doxing", "title", Map.of("en", "Doxing")),
            Map.of("id", "benign", "title", Map.of("en", "Benign"))));

    @Autowired
    DatasetUploads datasetUploads;
    @Autowired
    KeyUploads keyUploads;
    @Autowired
    DatasetService datasets;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void aBadDatasetListsItsProblemsThenAGoodOneIsPreviewedAndStored() {
        DatasetUploadField field = new DatasetUploadField(datasetUploads);
        List<StoredDataset> stored = new ArrayList<>();
        field.addStoredListener(stored::add);
        UI.getCurrent().add(field);

        test($(Upload.class).id("dataset-upload")).upload("posts.csv", "text/csv",
                "id,text,synthetic\nfield-1,one,true\nfield-2,two,false\n".getBytes(StandardCharsets.UTF_8));

        assertThat($(Paragraph.class).id("dataset-upload-summary").getText()).isEqualTo(
                "posts.csv cannot be used: fix these problems in the file and upload it again. Nothing was stored.");
        @SuppressWarnings("unchecked")
        Grid<PackProblem> problems = $(Grid.class).id("dataset-upload-problems");
        assertThat(test(problems).size()).isEqualTo(1);
        assertThat(test(problems).getRow(0).line()).isEqualTo(3);
        assertThat(test(problems).getRow(0).reason()).startsWith("column 3 (synthetic): must be true");
        assertThat($(Button.class).withId("dataset-upload-use").exists()).as("nothing to use").isFalse();

        test($(Upload.class).id("dataset-upload")).upload("posts.csv", "text/csv",
                "id,text,lang,synthetic\nfield-1,\"one, quoted\",en,true\nfield-2,two,fr,true\n"
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(problems.isVisible()).isFalse();
        assertThat($(Paragraph.class).id("dataset-upload-summary").getText())
                .isEqualTo("posts.csv: 2 items read as CSV. Check them below, then use the dataset.");
        @SuppressWarnings("unchecked")
        Grid<CoursePack.Post> preview = $(Grid.class).id("dataset-upload-preview");
        assertThat(test(preview).size()).isEqualTo(2);
        assertThat(test(preview).getRow(0).text()).isEqualTo("one, quoted");
        assertThat(stored).isEmpty();

        test($(Button.class).id("dataset-upload-use")).click();

        assertThat(stored).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("datasets/posts.jsonl");
            assertThat(s.itemCount()).isEqualTo(2);
        });
        assertThat(datasets.rows(stored.getFirst().datasetId(), DatasetQuery.all(), 0, 5))
                .extracting(DatasetRow::itemKey).containsExactly("field-1", "field-2");
        assertThat($(Paragraph.class).id("dataset-upload-summary").getText())
                .isEqualTo("Dataset stored as datasets/posts.jsonl (2 items).");
        assertThat($(Button.class).withId("dataset-upload-use").exists()).as("nothing to use").isFalse();
    }

    @Test
    void aBadKeyListsItsProblemsThenAGoodOneReachesTheEditor() {
        long datasetId = datasetUploads.store("key-posts.jsonl", """
                {"id":"kp-1","text":"one","synthetic":true}
                {"id":"kp-2","text":"two","synthetic":true}
                """.getBytes(StandardCharsets.UTF_8)).datasetId();
        KeyUploadField field = new KeyUploadField(keyUploads, () -> "item-labelling", () -> SPEC, () -> datasetId);
        List<Map<String, Object>> keys = new ArrayList<>();
        field.addKeyListener(keys::add);
        UI.getCurrent().add(field);

        test($(Upload.class).id("key-upload")).upload("key.csv", "text/csv",
                "item,label,explanation_en\nkp-1,doxing,Address.\n".getBytes(StandardCharsets.UTF_8));

        assertThat($(Paragraph.class).id("key-upload-status").getText()).isEqualTo("key.csv cannot be used: fix these"
                + " problems in the file and upload it again. The exercise’s key did not change.");
        @SuppressWarnings("unchecked")
        Grid<PackProblem> problems = $(Grid.class).id("key-upload-problems");
        assertThat(test(problems).getRow(0).reason()).isEqualTo("items: dataset item 'kp-2' has no key entry");
        assertThat(keys).isEmpty();

        test($(Upload.class).id("key-upload")).upload("key.yaml", "application/yaml", """
                items:
                  - {item: kp-1, label: doxing, explanation: {en: "Address."}}
                  - {item: kp-2, label: benign, explanation: {en: "Public."}}
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(problems.isVisible()).isFalse();
        assertThat($(Paragraph.class).id("key-upload-status").getText())
                .isEqualTo("The key in key.yaml fits this exercise and was taken in.");
        assertThat(keys).singleElement().satisfies(k -> assertThat((List<?>) k.get("items")).hasSize(2));
    }
}

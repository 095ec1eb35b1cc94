package org.tnracademy.ui.studio;

import org.tnracademy.ui.testsupport.LabelPicks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.ExerciseKeyStore;
import org.tnracademy.core.dataset.DatasetRow;
import org.tnracademy.core.studio.KeyCalibrations;

/**
 * Key calibration without a browser: the key stays hidden while labelling, an incomplete labelling
 * or a key changed meanwhile is refused with a clear message, and a saved calibration shows kappa
 * and the items in dispute. Each test signs in as its own instructor: calibrations are per person.
 */
@SpringBootTest
@TestPropertySource(properties = "academy.test.isolated-context=studio-calibration")
class KeyCalibrationViewTest extends SpringBrowserlessTest {

    @Autowired
    CatalogService catalog;
    @Autowired
    ExerciseKeyStore keys;
    @Autowired
    KeyCalibrations calibrations;

    long exerciseId;

    @BeforeEach
    void starterLabellingExercise() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        exerciseId = catalog.outlines().stream().flatMap(o -> o.steps().stream())
                .filter(s -> s.slug().equals("label-posts-basics")).findFirst().orElseThrow().id();
    }

    @Test
    @WithMockUser(username = "calibrator-partial", roles = "INSTRUCTOR")
    void savingWithItemsUnlabelledIsRefusedAndShowsNothingOfTheKey() {
        open();
        assertThat($(Div.class).id("calibration-result").getChildren()).isEmpty();
        label(Map.of(), 1);

        test($(Button.class).id("calibration-save")).click();

        int items = test(grid()).size();
        assertThat($(Paragraph.class).id("calibration-error").getText())
                .isEqualTo((items - 1) + " items have no label yet: label every item before saving.");
        assertThat($(Div.class).id("calibration-result").getChildren()).isEmpty();
        assertThat(calibrations.open(exerciseId).isSaved()).isFalse();
    }

    @Test
    @WithMockUser(username = "calibrator-full", roles = "INSTRUCTOR")
    void savingEveryLabelShowsKappaAndTheItemInDispute() {
        Map<String, String> key = keyLabels();
        String firstItem = key.keySet().iterator().next();
        String otherLabel = otherLabelThan(key.get(firstItem));
        Map<String, String> mine = new LinkedHashMap<>(key);
        mine.put(firstItem, otherLabel);
        open();
        label(mine, Integer.MAX_VALUE);

        test($(Button.class).id("calibration-save")).click();

        assertThat($(Paragraph.class).id("calibration-kappa").getText()).startsWith("Cohen’s kappa: 0.");
        assertThat($(Paragraph.class).id("calibration-observed").getText())
                .startsWith("Observed agreement: " + (key.size() - 1) + " of " + key.size() + " items");
        @SuppressWarnings("unchecked")
        Grid<?> disputed = $(Grid.class).id("calibration-disagreements");
        assertThat(test(disputed).size()).isEqualTo(1);
        assertThat(test(disputed).getCellText(0, 0)).isEqualTo(firstItem);

        // opening again shows the saved labels and the agreement straight away
        open();
        assertThat($(Paragraph.class).id("calibration-kappa").getText()).startsWith("Cohen’s kappa: 0.");
        assertThat(calibrations.open(exerciseId).ownLabels()).isEqualTo(mine);
    }

    @Test
    @WithMockUser(username = "calibrator-stale", roles = "INSTRUCTOR")
    void aKeyChangedWhileLabellingIsRefusedAndNothingIsSaved() {
        open();
        Map<String, String> key = keyLabels();
        label(key, Integer.MAX_VALUE);
        // a colleague stores a new key version while this page is open
        keys.storeKeyVersion(exerciseId, keys.material(exerciseId).orElseThrow().keyTree());

        test($(Button.class).id("calibration-save")).click();

        assertThat($(Paragraph.class).id("calibration-error").getText())
                .isEqualTo("The key changed while you were labelling: reload the page to calibrate the new key version.");
        assertThat(calibrations.open(exerciseId).isSaved()).isFalse();
    }

    private void open() {
        navigate("instructor/exercises/" + exerciseId + "/calibrate", KeyCalibrationView.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<DatasetRow> grid() {
        return $(Grid.class).id("dataset-grid");
    }

    /** Picks each row's label from {@code labels} (first label offered when absent), up to {@code rows} rows. */
    private void label(Map<String, String> labels, int rows) {
        var tester = test(grid());
        for (int i = 0; i < Math.min(rows, tester.size()); i++) {
            DatasetRow row = tester.getRow(i);
            LabelPicks.pick(tester, i, labels.getOrDefault(row.itemKey(), firstLabel()));
        }
    }

    private String firstLabel() {
        return catalog.exercise(exerciseId, Locale.ENGLISH).orElseThrow().labels().getFirst().id();
    }

    private String otherLabelThan(String label) {
        return catalog.exercise(exerciseId, Locale.ENGLISH).orElseThrow().labels().stream()
                .map(l -> l.id()).filter(id -> !id.equals(label)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> keyLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Object entry : (List<Object>) keys.material(exerciseId).orElseThrow().keyTree().get("items")) {
            Map<String, Object> e = (Map<String, Object>) entry;
            labels.put((String) e.get("item"), (String) e.get("label"));
        }
        return labels;
    }
}

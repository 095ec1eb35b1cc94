package org.tnracademy.ui.exercise.labelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.LabelOption;
import org.tnracademy.core.dataset.DatasetRow;
import org.tnracademy.ui.exercise.ExerciseView;
import org.tnracademy.ui.testsupport.LabelPicks;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The labelling grid's digit keys: 1..9 give the selected row the n-th label, 0 clears it. */
@SpringBootTest
@WithMockUser(username = "analyst", roles = "LEARNER")
class LabellingWorkspaceDigitKeysTest extends SpringBrowserlessTest {

    @Autowired
    CatalogService catalog;

    long exerciseId;
    List<LabelOption> labels;
    Grid<DatasetRow> grid;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void openTheExerciseWithTheFirstRowSelected() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        exerciseId = catalog.outlines().stream().flatMap(o -> o.steps().stream())
                .filter(s -> s.slug().equals("label-posts-basics")).findFirst().orElseThrow().id();
        labels = catalog.exercise(exerciseId, Locale.ENGLISH).orElseThrow().labels();
        navigate("exercises/" + exerciseId, ExerciseView.class);
        grid = $(Grid.class).id("dataset-grid");
        grid.select(test(grid).getRow(0));
    }

    @Test
    void aDigitGivesTheNthLabelByTheKeysPlaceSoAzertyAndTheKeypadWorkToo() {
        // an AZERTY keyboard's unshifted "2" key types "é", but its place is still Digit2
        press("Digit2");
        assertThat(LabelPicks.shown(test(grid), 0)).isEqualTo(labels.get(1).id());
        press("Numpad1");
        assertThat(LabelPicks.shown(test(grid), 0)).isEqualTo(labels.get(0).id());
        assertThat($(Span.class).id("labelled-count").getText()).startsWith("1 of ");
    }

    @Test
    void zeroClearsTheLabelAndADigitPastTheLastLabelChangesNothing() {
        press("Digit1");
        press("Digit9");
        assertThat(labels).hasSizeLessThan(9);
        assertThat(LabelPicks.shown(test(grid), 0)).isEqualTo(labels.get(0).id());

        press("Digit0");

        assertThat(LabelPicks.shown(test(grid), 0)).isEmpty();
        assertThat($(Span.class).id("labelled-count").getText()).startsWith("0 of ");
    }

    @Test
    void keysWithCtrlAltOrMetaAndOtherKeysAreLeftToTheBrowser() {
        assertThat(LabellingWorkspace.DIGIT_KEY).contains("!event.ctrlKey", "!event.altKey", "!event.metaKey");
        // the browser sends the event only when the filter held; a key it did not hold for reaches no one
        ObjectNode data = JsonMapper.builder().build().createObjectNode();
        data.put("event.code", "Digit1");
        data.put(LabellingWorkspace.DIGIT_KEY, false);
        fire(data);
        assertThat(LabelPicks.shown(test(grid), 0)).isEmpty();
    }

    /** A keydown as the browser sends it when the digit filter held. */
    private void press(String code) {
        ObjectNode data = JsonMapper.builder().build().createObjectNode();
        data.put("event.code", code);
        data.put(LabellingWorkspace.DIGIT_KEY, true);
        fire(data);
    }

    private void fire(ObjectNode data) {
        grid.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(grid.getElement(), "keydown", data));
    }
}

package org.tnracademy.ui.exercise.indicators;

import java.util.concurrent.atomic.AtomicInteger;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.exercises.indicators.IndicatorsSpec;
import org.tnracademy.exercises.indicators.LogLine;
import org.tnracademy.exercises.indicators.IndicatorsType;
import org.tnracademy.ui.exercise.workspace.IndicatorsExample;

/** The indicators workspace filled line by line, read and graded by the indicators type. */
@SpringBootTest
@WithMockUser(username = "analyst", roles = "LEARNER")
class IndicatorsWorkspaceTest extends SpringBrowserlessTest {

    private static final IndicatorsType TYPE = new IndicatorsType();

    IndicatorsSpec spec;
    IndicatorsWorkspace workspace;
    Grid<LogLine> grid;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void open() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        spec = TYPE.readSpec(IndicatorsExample.spec());
        workspace = new IndicatorsWorkspace(spec);
        UI.getCurrent().add(workspace.component());
        grid = $(Grid.class).id("log-grid");
    }

    @Test
    void claimingTheKeysLinesWithTheirIndicatorsScoresOne() {
        assertThat(workspace.isEmpty()).isTrue();
        assertThat(test(grid).size()).isEqualTo(3);
        hitBox(0).setValue(true);
        // two indicators: the learner is asked which, and the line stays out of the answer until then
        assertThat(picker(0).isInvalid()).isTrue();
        assertThat(workspace.isEmpty()).isTrue();
        assertThat($(Span.class).id("claim-status").getText()).contains("no indicator yet");
        test(picker(0)).selectItem("1. Fake update checker (C2)");
        test(picker(2)).selectItem("2. Sync implant infrastructure");
        assertThat(hitBox(2).getValue()).isTrue();

        assertThat(workspace.answer()).isEqualTo(Map.of("matches", Map.of("line-01", IndicatorsExample.C2,
                "line-03", IndicatorsExample.SYNC)));
        assertThat(TYPE.grade(spec, TYPE.readKey(spec, IndicatorsExample.key()),
                TYPE.readAnswer(spec, workspace.answer())).score()).isEqualTo(1.0);
    }

    @Test
    void theTextFilterNarrowsTheLogAndUntickingAHitWithdrawsTheClaim() {
        $(TextField.class).id("log-filter").setValue("update-check");
        assertThat(test(grid).size()).isEqualTo(2);
        test(picker(1)).selectItem("1. Fake update checker (C2)");
        assertThat(workspace.answer()).isEqualTo(Map.of("matches", Map.of("line-02", IndicatorsExample.C2)));
        hitBox(1).setValue(false);
        assertThat(workspace.isEmpty()).isTrue();
        assertThat(workspace.answer()).isEmpty();
        $(Checkbox.class).id("log-claimed-only").setValue(true);
        assertThat(test(grid).size()).isZero();
    }

    @Test
    void readOnlyLocksEveryLine() {
        test(picker(0)).selectItem("1. Fake update checker (C2)");
        workspace.setReadOnly(true);
        assertThat(hitBox(1).isReadOnly()).isTrue();
        assertThat(picker(1).isReadOnly()).isTrue();
        hitBox(1).setValue(true);
        assertThat(workspace.answer()).isEqualTo(Map.of("matches", Map.of("line-01", IndicatorsExample.C2)));
    }

    private Checkbox hitBox(int row) {
        return (Checkbox) test(grid).getCellComponent(row, 2);
    }

    @SuppressWarnings("unchecked")
    private Select<String> picker(int row) {
        return (Select<String>) test(grid).getCellComponent(row, 3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDraftIsPutBackIntoANewWorkspaceAndLinesNotInTheLogAreLeftOut() {
        AtomicInteger changes = new AtomicInteger();
        workspace.addAnswerChangeListener(changes::incrementAndGet);
        test(picker(0)).selectItem("1. Fake update checker (C2)");
        test(picker(2)).selectItem("2. Sync implant infrastructure");
        Map<String, Object> draft = workspace.answer();
        assertThat(changes.get()).isPositive();

        IndicatorsWorkspace reopened = new IndicatorsWorkspace(spec);
        AtomicInteger reopenedChanges = new AtomicInteger();
        reopened.addAnswerChangeListener(reopenedChanges::incrementAndGet);
        Map<String, Object> withStrays = new java.util.LinkedHashMap<>();
        Map<String, Object> matches = new java.util.LinkedHashMap<>((Map<String, Object>) draft.get("matches"));
        matches.put("line-99", IndicatorsExample.C2);
        withStrays.put("matches", matches);
        reopened.restore(withStrays);

        assertThat(reopened.answer()).isEqualTo(draft);
        assertThat(reopenedChanges).hasValue(0);
    }
}

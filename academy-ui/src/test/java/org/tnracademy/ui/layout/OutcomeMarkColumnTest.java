package org.tnracademy.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** Feedback rows are marked right or wrong in the browser, with the mark's name in the reader's language. */
@SpringBootTest
class OutcomeMarkColumnTest extends SpringBrowserlessTest {

    record Outcome(String item, boolean right) {
    }

    @Test
    @WithMockUser(username = "analyst", roles = "LEARNER")
    void eachRowIsMarkedByItsOutcomeAndNamedInTheUsersLanguage() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        Grid<Outcome> grid = new Grid<>();
        OutcomeMarkColumn.addTo(grid, Outcome::right);
        grid.setItems(List.of(new Outcome("a", true), new Outcome("b", false)));
        UI.getCurrent().add(grid);

        var rows = test(grid);
        assertThat(rows.getLitRendererPropertyValue(0, 0, "right", Boolean.class)).isTrue();
        assertThat(rows.getLitRendererPropertyValue(1, 0, "right", Boolean.class)).isFalse();
        String right = rows.getLitRendererPropertyValue(0, 0, "name", String.class);
        String wrong = rows.getLitRendererPropertyValue(1, 0, "name", String.class);
        assertThat(right).isEqualTo(UI.getCurrent().getTranslation("feedback.item-correct")).isNotEqualTo(wrong);
        assertThat(wrong).isEqualTo(UI.getCurrent().getTranslation("feedback.item-wrong"));
    }
}

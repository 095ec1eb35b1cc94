package org.tnracademy.ui.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.core.gradebook.GradebookRow;

/** The cohort manager's table of learners by exercises. */
@SpringBootTest
@WithMockUser(username = "manager", roles = "COHORT_MANAGER")
class GradebookViewTest extends SpringBrowserlessTest {

    @Test
    void listsEveryLearnerWithAColumnPerExercise() {
        navigate(GradebookView.class);
        @SuppressWarnings("unchecked")
        Grid<GradebookRow> grid = $(Grid.class).id("gradebook");
        var tester = test(grid);
        assertThat(tester.size()).isPositive();
        java.util.List<String> usernames = new java.util.ArrayList<>();
        for (int i = 0; i < tester.size(); i++) {
            usernames.add(tester.getRow(i).username());
        }
        // learners only: the demo analyst is listed, the demo instructor is not
        assertThat(usernames).contains("analyst").doesNotContain("instructor", "manager", "admin");
        assertThat(grid.getColumns().size()).isGreaterThan(2);
    }
}

package org.tnracademy.ui.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.cohort.CohortDetails;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.gradebook.GradebookRow;

/** The cohort manager's table of the learners of their cohorts by exercises. */
@SpringBootTest
@WithMockUser(username = "manager", roles = "COHORT_MANAGER")
class GradebookViewTest extends SpringBrowserlessTest {

    @Autowired
    CohortService cohorts;
    @Autowired
    CatalogService catalog;
    @Autowired
    AccountProvisioning provisioning;

    @Test
    void listsTheLearnersOfTheManagersCohortsWithAColumnPerExercise() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String outsider = "outsider-" + tag;
        provisioning.ensure(outsider, "Outsider " + tag, "long-enough-pw", EnumSet.of(Role.LEARNER));
        long cohort = cohorts.create(new CohortDetails("Gradebook cohort " + tag, LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 3, 27), Set.of(catalog.courses().getFirst().id()))).id();
        cohorts.enrol(cohort, "analyst");
        navigate(GradebookView.class);
        @SuppressWarnings("unchecked")
        Grid<GradebookRow> grid = $(Grid.class).id("gradebook");
        var tester = test(grid);
        assertThat(tester.size()).isPositive();
        java.util.List<String> usernames = new java.util.ArrayList<>();
        for (int i = 0; i < tester.size(); i++) {
            usernames.add(tester.getRow(i).username());
        }
        // learners of the manager's cohorts only: the demo analyst is listed; staff and a learner in no
        // cohort of theirs are not
        assertThat(usernames).contains("analyst").doesNotContain("instructor", "manager", "admin", outsider);
        assertThat(grid.getColumns().size()).isGreaterThan(2);
    }
}

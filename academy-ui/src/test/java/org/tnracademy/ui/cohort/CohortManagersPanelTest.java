package org.tnracademy.ui.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.cohort.CohortDetails;
import org.tnracademy.core.cohort.CohortManagerRow;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.cohort.CohortSummary;

/** The managers of a cohort on its page: listed, added by username with problems at the field, removed after a confirmation. */
@SpringBootTest
@WithMockUser(username = "manager", roles = "COHORT_MANAGER")
class CohortManagersPanelTest extends SpringBrowserlessTest {

    @Autowired
    CohortService cohorts;
    @Autowired
    CatalogService catalog;
    @Autowired
    AccountProvisioning provisioning;

    String tag;
    String colleague;
    CohortSummary cohort;

    @BeforeEach
    void aCohortOfTheDemoManager() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        colleague = "colleague-" + tag;
        provisioning.ensure(colleague, "Colleague " + tag, "long-enough-pw", EnumSet.of(Role.COHORT_MANAGER));
        cohort = cohorts.create(new CohortDetails("Managed cohort " + tag, LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 3, 27), Set.of(catalog.courses().getFirst().id())));
        navigate(CohortView.class, Map.of("cohortId", String.valueOf(cohort.id())));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void listsTheCreatorThenAddsAColleagueShowingProblemsAtTheField() {
        assertThat(managerRows().size()).isEqualTo(1);
        assertThat(managerRows().getRow(0).username()).isEqualTo("manager");
        CohortManagersPanel panel = $(CohortManagersPanel.class).single();
        assertThat(panel.getSummaryText()).isEqualTo("Managers of this cohort (1)");

        TextField username = $(TextField.class).id("manager-username");
        test(username).setValue("nobody-" + tag);
        test($(Button.class).id("add-manager")).click();
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("No account with this username (nobody-" + tag + ")");

        test(username).setValue("analyst");
        test($(Button.class).id("add-manager")).click();
        assertThat(username.getErrorMessage()).isEqualTo("This account is not a cohort manager (analyst)");

        test(username).setValue(colleague);
        test($(Button.class).id("add-manager")).click();
        assertThat(username.isInvalid()).isFalse();
        assertThat(username.getValue()).isEmpty();
        assertThat(managerRows().size()).isEqualTo(2);
        assertThat(cohorts.managers(cohort.id())).extracting(CohortManagerRow::username)
                .containsExactlyInAnyOrder("manager", colleague);
    }

    @Test
    void removesAColleagueAfterConfirmingAndRefusesToRemoveTheLastManager() {
        cohorts.addManager(cohort.id(), colleague);
        navigate(CohortView.class, Map.of("cohortId", String.valueOf(cohort.id())));

        test(removeButtonOf(colleague)).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(managerRows().size()).isEqualTo(1);
        assertThat(cohorts.managers(cohort.id())).extracting(CohortManagerRow::username).containsExactly("manager");

        test(removeButtonOf("manager")).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(cohorts.managers(cohort.id())).extracting(CohortManagerRow::username).containsExactly("manager");
        assertThat(getCurrentView()).isInstanceOf(CohortView.class);
    }

    @Test
    void aManagerWhoRemovesThemselvesGoesBackToTheirCohorts() {
        cohorts.addManager(cohort.id(), colleague);
        navigate(CohortView.class, Map.of("cohortId", String.valueOf(cohort.id())));

        test(removeButtonOf("manager")).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(getCurrentView()).isInstanceOf(CohortsView.class);
        assertThat(cohorts.cohorts()).extracting(CohortSummary::id).doesNotContain(cohort.id());
    }

    private Button removeButtonOf(String username) {
        var rows = managerRows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.getRow(i).username().equals(username)) {
                Button remove = (Button) rows.getCellComponent(i, 2);
                assertThat(remove.getId()).contains("remove-manager-" + username);
                return remove;
            }
        }
        throw new AssertionError("no manager row for " + username);
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.grid.GridTester<Grid<CohortManagerRow>, CohortManagerRow> managerRows() {
        return test((Grid<CohortManagerRow>) $(Grid.class).id("manager-rows"));
    }
}

package org.tnracademy.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.ui.admin.AccountsView;
import org.tnracademy.ui.catalog.CatalogView;
import org.tnracademy.ui.cohort.GradebookView;
import org.tnracademy.ui.error.AccessDeniedView;
import org.tnracademy.ui.error.NotFoundView;
import org.tnracademy.ui.instructor.InstructorCoursesView;

/** Each role sees its own navigation and lands on its own start page; other pages are refused. */
@SpringBootTest
class RoleNavigationTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "analyst", roles = "LEARNER")
    void anAnalystSeesCoursesAndProgressAndStartsAtTheCatalogue() {
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(CatalogView.class);
        assertThat(navLabels()).containsExactly("Courses", "My progress");
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void anInstructorSeesTheCourseOverview() {
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(InstructorCoursesView.class);
        assertThat(navLabels()).containsExactly("Courses (instructor)", "Written analyses to grade", "Cohorts");
    }

    @Test
    @WithMockUser(username = "manager", roles = "COHORT_MANAGER")
    void aCohortManagerSeesTheGradebook() {
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(GradebookView.class);
        assertThat(navLabels()).containsExactly("Gradebook", "Cohorts");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorSeesAccountsAndGradebook() {
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(AccountsView.class);
        assertThat(navLabels()).containsExactly("Gradebook", "Cohorts", "Accounts", "Audit log", "Certificates",
                "LMS platforms (LTI)");
    }

    @Test
    @WithMockUser(username = "analyst", roles = "LEARNER")
    void anAnalystTypingAnInstructorsAddressIsRefused() {
        for (String address : List.of("instructor/courses", "cohort/gradebook", "admin/accounts", "cohorts")) {
            UI.getCurrent().navigate(address);
            assertThat(getCurrentView()).as(address).isInstanceOfAny(AccessDeniedView.class, NotFoundView.class);
        }
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void anInstructorCannotOpenLearnerPagesNorTheGradebook() {
        for (String address : List.of("courses", "progress", "cohort/gradebook")) {
            UI.getCurrent().navigate(address);
            assertThat(getCurrentView()).as(address).isInstanceOfAny(AccessDeniedView.class, NotFoundView.class);
        }
    }

    @Test
    @WithMockUser(username = "analyst", roles = "LEARNER")
    void anUnknownAddressShowsNotFound() {
        UI.getCurrent().navigate("no/such/page");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    private List<String> navLabels() {
        return $(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }
}

package org.tnracademy.ui.home;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.tnracademy.core.account.Role;
import org.tnracademy.ui.admin.AccountsView;
import org.tnracademy.ui.catalog.CatalogView;
import org.tnracademy.ui.cohort.GradebookView;
import org.tnracademy.ui.instructor.InstructorCoursesView;
import org.tnracademy.ui.security.CurrentUser;

/** The start address: sends each person to the first page of their role. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser user;

    public HomeView(CurrentUser user) {
        this.user = user;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (user.has(Role.LEARNER)) {
            event.forwardTo(CatalogView.class);
        } else if (user.has(Role.INSTRUCTOR)) {
            event.forwardTo(InstructorCoursesView.class);
        } else if (user.has(Role.COHORT_MANAGER)) {
            event.forwardTo(GradebookView.class);
        } else if (user.has(Role.ADMIN)) {
            event.forwardTo(AccountsView.class);
        } else {
            setText(getTranslation("home.no-role"));
        }
    }
}

package org.tnracademy.ui.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.cohort.CohortDetails;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.ui.catalog.CatalogView;

/** A learner enrolled in a cohort sees the bell count, the sentence on the notifications page and the due date. */
@SpringBootTest
class NotificationsViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    CohortService cohorts;
    @Autowired
    CatalogService catalog;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAssignedCourseRingsTheBellIsToldInASentenceAndShowsItsDueDate() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String learner = "notified-" + tag;
        String manager = "manager-" + tag;
        provisioning.ensure(learner, "Notified Synthetic", "long-enough-pw", EnumSet.of(Role.LEARNER));
        provisioning.ensure(manager, "Manager", "long-enough-pw", EnumSet.of(Role.COHORT_MANAGER));
        signIn(manager, "ROLE_COHORT_MANAGER");
        CourseOutline course = catalog.outlines().getFirst();
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(20);
        long cohort = cohorts.create(new CohortDetails("Class " + tag, LocalDate.now(ZoneOffset.UTC), due,
                Set.of(course.id()))).id();
        cohorts.enrol(cohort, learner);

        signIn(learner, "ROLE_LEARNER");
        navigate(CatalogView.class);
        assertThat($(Span.class).id("notifications-unread").getText()).isEqualTo("1");
        assertThat($(NotificationBell.class).id("notifications-bell").getElement().getAttribute("aria-label"))
                .isEqualTo("Notifications, 1 unread");
        assertThat($(Div.class).id("due-" + course.id()).getElement().getTextRecursively())
                .startsWith("Due on ").endsWith("(Class " + tag + ")");

        test($(NotificationBell.class).id("notifications-bell")).click();
        assertThat($(ListItem.class).withClassName("notification").all()).singleElement().satisfies(item ->
                assertThat(item.getElement().getTextRecursively()).contains("New", "The course “"
                        + course.title().in(java.util.Locale.ENGLISH) + "” was assigned to you, due on "));
        assertThat($(Span.class).withId("notifications-unread").all()).as("read once seen").isEmpty();
        assertThat($(NotificationBell.class).id("notifications-bell").getElement().getAttribute("aria-label"))
                .isEqualTo("Notifications, none unread");
    }

    private static void signIn(String username, String role) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                List.of(new SimpleGrantedAuthority(role))));
        SecurityContextHolder.setContext(context);
    }
}

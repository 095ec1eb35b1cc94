package org.tnracademy.ui.layout;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.notification.NotificationService;
import org.tnracademy.ui.account.PasswordChangeView;
import org.tnracademy.ui.admin.AccountsView;
import org.tnracademy.ui.admin.AuditView;
import org.tnracademy.ui.certificate.CertificatesView;
import org.tnracademy.ui.catalog.CatalogView;
import org.tnracademy.ui.cohort.CohortsView;
import org.tnracademy.ui.cohort.GradebookView;
import org.tnracademy.ui.i18n.AccountLanguage;
import org.tnracademy.ui.i18n.LanguageSwitch;
import org.tnracademy.ui.instructor.InstructorCoursesView;
import org.tnracademy.ui.instructor.ReviewQueueView;
import org.tnracademy.ui.notification.NotificationBell;
import org.tnracademy.ui.progress.ProgressView;
import org.tnracademy.ui.security.CurrentUser;

/** The frame around every signed-in page: each role sees only its own navigation. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** Learners only: their notifications' unread count, read again after each navigation. */
    private NotificationBell bell;
    /** The phone's menu button for the header's account part; closed again after each navigation. */
    private final HeaderAccountMenu accountMenu = new HeaderAccountMenu();
    private final Main main = new Main();

    public MainLayout(CurrentUser user, NotificationService notifications, AccountLanguage languages) {
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("academy-header-title");

        Span who = new Span(user.username());
        who.setId("signed-in-user");
        Button signOut = new Button(getTranslation("nav.sign-out"), VaadinIcon.SIGN_OUT.create(), e -> user.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");

        // who is signed in, password, language and sign-out: inline on a laptop, behind a menu button on a phone
        HorizontalLayout account = new HorizontalLayout(who, new LanguageSwitch(languages), signOut);
        account.setId("header-account");
        account.addClassName("academy-header-account");
        account.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (user.managesOwnPassword()) {
            RouterLink changePassword = new RouterLink(getTranslation("identity.nav.change-password"),
                    PasswordChangeView.class);
            changePassword.setId("change-password");
            account.addComponentAtIndex(1, changePassword);
        }
        DrawerToggle navigationToggle = new DrawerToggle();
        navigationToggle.setAriaLabel(getTranslation("phone.header.navigation"));
        navigationToggle.setId("navigation-toggle");
        HorizontalLayout header = new HorizontalLayout(navigationToggle, title);
        if (user.has(Role.LEARNER)) {
            bell = new NotificationBell(notifications);
            header.add(bell);
        }
        header.add(accountMenu.toggle(header), account);
        header.addClassName("academy-header");
        header.setId("header");
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.setWidthFull();
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.setId("main-nav");
        if (user.has(Role.LEARNER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.catalog"), CatalogView.class, VaadinIcon.BOOK.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.progress"), ProgressView.class, VaadinIcon.CHART.create()));
        }
        if (user.has(Role.INSTRUCTOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.instructor"), InstructorCoursesView.class,
                    VaadinIcon.EDIT.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.review-queue"), ReviewQueueView.class,
                    VaadinIcon.CHECK_SQUARE_O.create()));
        }
        if (user.has(Role.COHORT_MANAGER) || user.has(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.gradebook"), GradebookView.class,
                    VaadinIcon.TABLE.create()));
        }
        if (user.has(Role.COHORT_MANAGER) || user.has(Role.INSTRUCTOR) || user.has(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.cohorts"), CohortsView.class,
                    VaadinIcon.GROUP.create()));
        }
        if (user.has(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.accounts"), AccountsView.class,
                    VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), AuditView.class, VaadinIcon.LIST.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.certificates"), CertificatesView.class,
                    VaadinIcon.DIPLOMA.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.lti"), org.tnracademy.ui.lti.LtiPlatformsView.class,
                    VaadinIcon.CONNECT.create()));
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
        SkipLink.addFirst(this);
        main.setId(SkipLink.TARGET_ID);
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("academy-main");
        setContent(main);
    }

    /** Every view goes into the page's {@code main} landmark, the skip link's target. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        accountMenu.close();
        if (bell != null) {
            bell.refresh();
        }
    }
}

package org.tnracademy.ui.lti;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.lti.DeepLinkRequest;
import org.tnracademy.core.lti.DeepLinkResponse;
import org.tnracademy.core.lti.LtiDeepLinking;

/**
 * Deep Linking 2.0: an LMS instructor, launched here by a deep linking request, picks an exercise;
 * the signed response goes back to the LMS by an automatic form post (the request is used once).
 * Opened any other way, the page says to start from the LMS.
 */
@Route("lti/deep-linking")
@RolesAllowed("INSTRUCTOR")
public class DeepLinkingView extends VerticalLayout implements HasDynamicTitle {

    /** Session attribute: the deep linking request the launch accepted. */
    static final String REQUEST = DeepLinkingView.class.getName() + ".request";

    /** An exercise as the picker lists it. */
    record Choice(String course, CourseOutline.Step step) {
    }

    public DeepLinkingView(CatalogService catalog, LtiDeepLinking deepLinking) {
        add(new H2(getTranslation("lti.deep-linking.title")));
        Object pending = VaadinSession.getCurrent().getSession().getAttribute(REQUEST);
        if (!(pending instanceof DeepLinkRequest request)) {
            add(new Paragraph(getTranslation("lti.deep-linking.none")));
            return;
        }
        add(new Paragraph(getTranslation("lti.deep-linking.intro")));
        Grid<Choice> grid = new Grid<>();
        grid.setId("lti-exercises");
        grid.addColumn(Choice::course).setHeader(getTranslation("lti.deep-linking.course")).setFlexGrow(1);
        grid.addColumn(c -> c.step().title().in(getLocale())).setHeader(getTranslation("lti.deep-linking.exercise"))
                .setFlexGrow(2);
        String launchUrl = LtiEndpoints.academy(VaadinServletRequest.getCurrent().getHttpServletRequest())
                + LtiSecurity.LAUNCH;
        grid.addComponentColumn(c -> {
            String title = c.step().title().in(getLocale());
            Button pick = new Button(getTranslation("lti.deep-linking.pick"), e -> {
                DeepLinkResponse response = deepLinking.respond(request, c.step().id(), title, launchUrl);
                VaadinSession.getCurrent().getSession().removeAttribute(REQUEST);
                getUI().ifPresent(ui -> ui.getPage().executeJs("""
                        const form = document.createElement('form');
                        form.method = 'POST';
                        form.action = $0;
                        const jwt = document.createElement('input');
                        jwt.type = 'hidden';
                        jwt.name = 'JWT';
                        jwt.value = $1;
                        form.appendChild(jwt);
                        document.body.appendChild(form);
                        form.submit();""", response.returnUrl(), response.jwt()));
            });
            pick.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            pick.getElement().setAttribute("aria-label", getTranslation("lti.deep-linking.pick-named", title));
            pick.addClassName("lti-pick");
            return pick;
        }).setAutoWidth(true);
        grid.setItems(catalog.outlines().stream().flatMap(o -> o.steps().stream()
                        .filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE)
                        .map(s -> new Choice(o.title().in(getLocale()), s))).toList());
        grid.addThemeName("wrap-cell-content");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lti.deep-linking.title") + " | " + getTranslation("app.title");
    }
}

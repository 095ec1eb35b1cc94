package org.tnracademy.ui.certificate;

import java.util.Optional;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tnracademy.core.badge.BadgeService;
import org.tnracademy.core.certificate.CertificateService;
import org.tnracademy.core.certificate.CertificateStatus;
import org.tnracademy.core.certificate.CertificateVerification;
import org.tnracademy.ui.badge.BadgeCheckReport;
import org.tnracademy.ui.badge.BadgePasteCheck;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.i18n.AccountLanguage;
import org.tnracademy.ui.i18n.LanguageSwitch;

/**
 * The public page a certificate's id and QR code lead to: anyone, signed in or not, sees who holds
 * it, for which course, when it was completed and whether it stands; nothing else.
 */
@Route(value = "verify/:id?", autoLayout = false)
@AnonymousAllowed
public class VerifyCertificateView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CertificateService certificates;
    private final BadgeService badges;
    private final TextField id = new TextField(getTranslation("verify.id"));
    private final Div result = new Div();

    public VerifyCertificateView(CertificateService certificates, BadgeService badges, AccountLanguage languages) {
        this.certificates = certificates;
        this.badges = badges;
        getStyle().set("max-width", "40rem").set("margin", "0 auto").set("padding", "var(--lumo-space-l)")
                .set("box-sizing", "border-box");
        id.setId("verify-id");
        id.setMaxLength(64);
        id.setWidthFull();
        id.setPlaceholder("ABCDE-FGHIJ-KLMNO-PQRST");
        Button check = new Button(getTranslation("verify.check"), e -> check(id.getValue()));
        check.setId("verify-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(id, check);
        form.setWidthFull();
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        form.setFlexGrow(1, id);
        result.setId("verify-result");
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("verify.title")), new Paragraph(getTranslation("verify.intro")), form, result,
                new BadgePasteCheck(badges), new LanguageSwitch(languages));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters p = event.getRouteParameters();
        p.get("id").ifPresent(given -> {
            id.setValue(given.length() > 64 ? given.substring(0, 64) : given);
            check(given);
        });
    }

    private void check(String typed) {
        result.removeAll();
        Optional<CertificateVerification> found = certificates.verify(typed);
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("verify.not-found"));
            none.setId("verify-not-found");
            result.add(none);
            return;
        }
        CertificateVerification v = found.get();
        H2 heading = new H2(getTranslation("verify.found", v.verificationId()));
        Paragraph status = fact("verify-status", getTranslation("verify.status"),
                getTranslation("verify.status." + v.status().name()));
        status.getStyle().set("font-weight", "bold").set("color", v.status() == CertificateStatus.VALID
                ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        result.add(heading,
                fact("verify-holder", getTranslation("verify.holder"), v.holder()),
                fact("verify-course", getTranslation("verify.course"), v.course().in(getLocale())),
                fact("verify-completed", getTranslation("verify.completed-on"),
                        Formats.date(v.completedOn(), getLocale())),
                status, BadgeCheckReport.ofCertificate(badges, v.verificationId()));
    }

    /** A label and its value, read as one sentence by screen readers. */
    private Paragraph fact(String id, String label, String value) {
        Span name = new Span(label);
        name.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        Paragraph p = new Paragraph(name, new Span(value));
        p.setId(id);
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title") + " | " + getTranslation("app.title");
    }
}

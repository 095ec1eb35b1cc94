package org.tnracademy.ui.badge;

import java.time.Instant;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.tnracademy.core.badge.BadgeCheck;
import org.tnracademy.core.badge.BadgeService;
import org.tnracademy.ui.i18n.Formats;

/**
 * What checking an Open Badge found, in the reader's language: the verdict, then each check
 * (signature, issuer, revocation, expiry) and whether it holds. No key, id or token is shown.
 */
public class BadgeCheckReport extends Div {

    /** The badge issued with a certificate, checked; says so when none was issued. */
    public static BadgeCheckReport ofCertificate(BadgeService badges, String verificationId) {
        BadgeCheckReport report = new BadgeCheckReport();
        report.add(new H3(report.getTranslation("badges.heading")));
        badges.checkCertificate(verificationId).ifPresentOrElse(report::show, () -> {
            Paragraph none = new Paragraph(report.getTranslation("badges.none"));
            none.setId("badge-none");
            report.add(none);
        });
        return report;
    }

    BadgeCheckReport() {
        setId("badge-check");
    }

    void show(BadgeCheck check) {
        Paragraph verdict = new Paragraph(check.outcome() == BadgeCheck.Outcome.TOO_LARGE
                ? getTranslation("badges.outcome.TOO_LARGE", BadgeService.MAX_TOKEN_CHARS)
                : getTranslation("badges.outcome." + check.outcome().name()));
        verdict.setId("badge-verdict");
        verdict.getElement().setAttribute("data-outcome", check.outcome().name());
        verdict.getStyle().set("font-weight", "bold").set("color", check.outcome() == BadgeCheck.Outcome.VALID
                ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        add(verdict);
        if (!check.signatureValid()) {
            return;
        }
        UnorderedList facts = new UnorderedList();
        facts.setId("badge-facts");
        if (check.achievement() != null) {
            facts.add(new ListItem(getTranslation("badges.achievement", check.achievement())));
        }
        facts.add(new ListItem(getTranslation("badges.signature.valid")));
        facts.add(new ListItem(getTranslation(check.issuerValid() ? "badges.issuer.valid" : "badges.issuer.other")));
        facts.add(new ListItem(getTranslation(check.revoked() ? "badges.revocation.revoked" : "badges.revocation.none")));
        facts.add(new ListItem(expiry(check.validUntil())));
        add(facts);
    }

    private String expiry(Instant until) {
        if (until == null) {
            return getTranslation("badges.expiry.none");
        }
        String date = Formats.date(until, getLocale());
        return getTranslation(until.isAfter(Instant.now()) ? "badges.expiry.until" : "badges.expiry.expired", date);
    }
}

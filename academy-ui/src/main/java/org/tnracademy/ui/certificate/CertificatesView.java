package org.tnracademy.ui.certificate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.badge.BadgeKeys;
import org.tnracademy.core.certificate.CertificateService;
import org.tnracademy.core.certificate.CertificateStatus;
import org.tnracademy.core.certificate.IssuedCertificate;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.layout.ConfirmOnce;

/** Issued certificates, newest first, read a page at a time; an administrator revokes one after a confirmation. */
@Route("admin/certificates")
@RolesAllowed("ADMIN")
public class CertificatesView extends VerticalLayout implements HasDynamicTitle {

    private final CertificateService certificates;
    private final Grid<IssuedCertificate> grid = new Grid<>();
    private final Paragraph count = new Paragraph();

    public CertificatesView(CertificateService certificates, BadgeKeys badgeKeys) {
        this.certificates = certificates;
        setSizeFull();
        count.setId("certificates-count");
        grid.setId("certificates");
        grid.addColumn(c -> Formats.utcShort(c.issuedAt(), getLocale())).setHeader(getTranslation("certificates.issued"))
                .setAutoWidth(true);
        grid.addColumn(IssuedCertificate::holder).setHeader(getTranslation("certificates.holder")).setAutoWidth(true);
        grid.addColumn(IssuedCertificate::username).setHeader(getTranslation("certificates.username"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.course().in(getLocale())).setHeader(getTranslation("certificates.course")).setFlexGrow(2);
        grid.addColumn(c -> c.scorePercent() + " %").setHeader(getTranslation("certificates.score")).setAutoWidth(true);
        grid.addColumn(c -> c.passMark() + " %").setHeader(getTranslation("certificates.pass-mark"))
                .setAutoWidth(true);
        grid.addColumn(IssuedCertificate::verificationId).setHeader(getTranslation("certificates.id"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation("verify.status." + c.status().name()))
                .setHeader(getTranslation("certificates.status")).setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setAutoWidth(true);
        grid.addThemeName("wrap-cell-content");
        refresh();
        add(new H2(getTranslation("certificates.title")), count, grid, rotateBadgeKey(badgeKeys));
        setFlexGrow(1, grid);
    }

    private Button revokeButton(IssuedCertificate c) {
        Button revoke = new Button(getTranslation("certificates.revoke"), e -> confirmRevoke(c));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setEnabled(c.status() == CertificateStatus.VALID);
        revoke.getElement().setAttribute("aria-label",
                getTranslation("certificates.revoke-title", c.verificationId()));
        return revoke;
    }

    private void confirmRevoke(IssuedCertificate c) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("certificates.revoke-title", c.verificationId()),
                getTranslation("certificates.revoke-text", c.verificationId(), c.holder()),
                getTranslation("certificates.revoke"), e -> {
                    certificates.revoke(c.verificationId());
                    Notification.show(getTranslation("certificates.revoked", c.verificationId()));
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /** A new Open Badge signing key from now on; badges signed before keep verifying with the old one. */
    private Button rotateBadgeKey(BadgeKeys badgeKeys) {
        Button rotate = new Button(getTranslation("badges.rotate"), e -> {
            ConfirmDialog dialog = new ConfirmDialog(getTranslation("badges.rotate-title"),
                    getTranslation("badges.rotate-text"), getTranslation("badges.rotate"), ConfirmOnce.of(() -> {
                        badgeKeys.rotate();
                        Notification.show(getTranslation("badges.rotated"));
                    }));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("common.cancel"));
            dialog.open();
        });
        rotate.setId("badge-key-rotate");
        return rotate;
    }

    private void refresh() {
        long total = certificates.count();
        count.setText(getTranslation("certificates.count", total));
        grid.setItems(q -> certificates.issued(q.getOffset(), q.getLimit()).stream(), q -> Math.toIntExact(total));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.title") + " | " + getTranslation("app.title");
    }
}

package org.tnracademy.ui.account;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.tnracademy.core.account.AccountChangeRefusedException;
import org.tnracademy.core.account.AccountProblem;
import org.tnracademy.core.account.AccountSelfService;
import org.tnracademy.ui.security.CurrentUser;

/**
 * Signed-in people change their own local password: the current one, then the new one twice. Every
 * problem is shown next to its field. With Keycloak sign-in, passwords are Keycloak's: the page
 * does not exist.
 */
@Route("account/password")
@PermitAll
public class PasswordChangeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeatedPassword = new PasswordField();
    final Button save = new Button();

    private final CurrentUser user;

    public PasswordChangeView(AccountSelfService self, CurrentUser user) {
        this.user = user;
        setMaxWidth("32rem");
        currentPassword.setLabel(getTranslation("identity.password.current"));
        currentPassword.setId("current-password");
        newPassword.setLabel(getTranslation("identity.password.new"));
        newPassword.setHelperText(getTranslation("accounts.password-rule"));
        newPassword.setId("new-password");
        repeatedPassword.setLabel(getTranslation("identity.password.repeat"));
        repeatedPassword.setId("repeated-password");
        for (PasswordField f : fields()) {
            f.setWidthFull();
        }
        save.setText(getTranslation("identity.password.save"));
        save.setId("change-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            clearErrors();
            try {
                self.changePassword(currentPassword.getValue(), newPassword.getValue(), repeatedPassword.getValue());
                for (PasswordField f : fields()) {
                    f.clear();
                }
                Notification done = Notification.show(getTranslation("identity.password.changed"));
                done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (AccountChangeRefusedException refused) {
                refused.problems().forEach(this::show);
            }
        });
        add(new H2(getTranslation("identity.password.title")),
                new Paragraph(getTranslation("identity.password.intro")),
                new FormLayout(currentPassword, newPassword, repeatedPassword), save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!user.managesOwnPassword()) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.password.title") + " | " + getTranslation("app.title");
    }

    private void show(AccountProblem problem) {
        PasswordField field = Map.of("currentPassword", currentPassword, "newPassword", newPassword,
                "repeatedPassword", repeatedPassword).getOrDefault(problem.field(), newPassword);
        field.setInvalid(true);
        String reason = getTranslation("account.problem." + problem.reason().name());
        field.setErrorMessage(problem.value() == null ? reason : reason + " (" + problem.value() + ")");
    }

    private void clearErrors() {
        for (PasswordField f : fields()) {
            f.setInvalid(false);
        }
    }

    private PasswordField[] fields() {
        return new PasswordField[] {currentPassword, newPassword, repeatedPassword};
    }
}

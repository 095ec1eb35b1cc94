package org.tnracademy.ui.admin;

import java.util.EnumSet;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.tnracademy.core.account.AccountAdministration;
import org.tnracademy.core.account.AccountChangeRefusedException;
import org.tnracademy.core.account.AccountProblem;
import org.tnracademy.core.account.NewAccount;
import org.tnracademy.core.account.Role;

/** Creates one account; refused input is shown next to its field and nothing is saved. */
class NewAccountDialog extends Dialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Button save = new Button();

    NewAccountDialog(AccountAdministration admin, Runnable onCreated) {
        setHeaderTitle(getTranslation("accounts.new"));
        username.setLabel(getTranslation("gradebook.username"));
        username.setId("new-username");
        displayName.setLabel(getTranslation("accounts.name"));
        displayName.setId("new-display-name");
        password.setLabel(getTranslation("login.password"));
        password.setHelperText(getTranslation("accounts.password-rule"));
        password.setId("new-password");
        roles.setLabel(getTranslation("accounts.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setValue(EnumSet.of(Role.LEARNER));
        add(new FormLayout(username, displayName, password, roles));

        save.setText(getTranslation("accounts.create"));
        save.setId("create-account");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            clearErrors();
            try {
                admin.create(new NewAccount(username.getValue().strip(), displayName.getValue(), password.getValue(),
                        roles.getValue()));
                close();
                onCreated.run();
            } catch (AccountChangeRefusedException refused) {
                refused.problems().forEach(this::show);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void show(AccountProblem problem) {
        HasValidation field = Map.<String, HasValidation>of("username", username, "displayName", displayName,
                "password", password, "roles", roles).get(problem.field());
        if (field != null) {
            field.setInvalid(true);
            field.setErrorMessage(AccountProblemText.of(this, problem));
        }
    }

    private void clearErrors() {
        for (HasValidation f : new HasValidation[] {username, displayName, password, roles}) {
            f.setInvalid(false);
        }
    }
}

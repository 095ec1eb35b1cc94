package org.tnracademy.ui.admin;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.account.AccountAdministration;
import org.tnracademy.core.account.AccountChangeRefusedException;
import org.tnracademy.core.account.AccountService;
import org.tnracademy.core.account.AccountSummary;
import org.tnracademy.core.account.Role;

/** Administrators' accounts page: create, import analysts from CSV, change roles, reset, deactivate. */
@Route("admin/accounts")
@RolesAllowed("ADMIN")
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountAdministration admin;
    private final Grid<AccountSummary> grid = new Grid<>();

    public AccountsView(AccountService accounts, AccountAdministration admin) {
        this.admin = admin;
        setSizeFull();
        Button create = new Button(getTranslation("accounts.new"), e -> new NewAccountDialog(admin, this::refresh).open());
        create.setId("new-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout tools = new HorizontalLayout(create, new LearnerCsvImport(admin, this::refresh));
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(new H2(getTranslation("accounts.title")), tools);

        grid.setId("accounts");
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("gradebook.username")).setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("accounts.name")).setAutoWidth(true);
        grid.addColumn(a -> a.roles().stream().map(r -> getTranslation("role." + r.name())).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("accounts.roles")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation(a.enabled() ? "accounts.enabled" : "accounts.disabled"))
                .setHeader(getTranslation("accounts.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("accounts.actions")).setAutoWidth(true);
        grid.setItems(q -> accounts.all(q.getOffset(), q.getLimit()).stream(), q -> Math.toIntExact(accounts.count()));
        add(grid);
        setFlexGrow(1, grid);
    }

    private HorizontalLayout actions(AccountSummary a) {
        Button roles = new Button(getTranslation("accounts.roles"), e -> rolesDialog(a));
        Button reset = new Button(getTranslation("accounts.reset-password"), e -> resetDialog(a));
        Button toggle = new Button(getTranslation(a.enabled() ? "accounts.deactivate" : "accounts.reactivate"),
                e -> attempt(() -> admin.setEnabled(a.id(), !a.enabled())));
        for (Button b : new Button[] {roles, reset, toggle}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        toggle.setId("toggle-" + a.username());
        return new HorizontalLayout(roles, reset, toggle);
    }

    private void rolesDialog(AccountSummary a) {
        Dialog dialog = new Dialog(getTranslation("accounts.roles-of", a.username()));
        CheckboxGroup<Role> roles = new CheckboxGroup<>();
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setValue(a.roles());
        dialog.add(roles);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()),
                new Button(getTranslation("common.save"), e -> {
                    if (attempt(() -> admin.changeRoles(a.id(), roles.getValue()))) {
                        dialog.close();
                    }
                }));
        dialog.open();
    }

    private void resetDialog(AccountSummary a) {
        Dialog dialog = new Dialog(getTranslation("accounts.reset-password-of", a.username()));
        PasswordField password = new PasswordField(getTranslation("login.password"));
        password.setHelperText(getTranslation("accounts.password-rule"));
        dialog.add(password);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()),
                new Button(getTranslation("common.save"), e -> {
                    if (attempt(() -> admin.resetPassword(a.id(), password.getValue()))) {
                        dialog.close();
                    }
                }));
        dialog.open();
    }

    /** Runs a change; a refusal becomes a message and the list shows what is really stored. */
    private boolean attempt(Runnable change) {
        try {
            change.run();
            Notification.show(getTranslation("accounts.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (AccountChangeRefusedException refused) {
            Notification.show(refused.problems().stream().map(p -> AccountProblemText.of(this, p))
                    .collect(Collectors.joining("; ")), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        } finally {
            refresh();
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title") + " | " + getTranslation("app.title");
    }
}

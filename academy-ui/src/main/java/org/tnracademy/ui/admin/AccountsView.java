package org.tnracademy.ui.admin;

import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.account.AccountService;
import org.tnracademy.core.account.AccountSummary;

/** Administrators' list of accounts and their roles (managing them arrives with the identity issue). */
@Route("admin/accounts")
@RolesAllowed("ADMIN")
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    public AccountsView(AccountService accounts) {
        setSizeFull();
        add(new H2(getTranslation("accounts.title")));
        Grid<AccountSummary> grid = new Grid<>();
        grid.setId("accounts");
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("gradebook.username")).setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("accounts.name")).setAutoWidth(true);
        grid.addColumn(a -> a.roles().stream().map(r -> getTranslation("role." + r.name())).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("accounts.roles")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation(a.enabled() ? "accounts.enabled" : "accounts.disabled"))
                .setHeader(getTranslation("accounts.status")).setAutoWidth(true);
        grid.setItems(q -> accounts.all(q.getOffset(), q.getLimit()).stream(), q -> Math.toIntExact(accounts.count()));
        add(grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title") + " | " + getTranslation("app.title");
    }
}

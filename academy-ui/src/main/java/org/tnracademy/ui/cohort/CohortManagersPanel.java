package org.tnracademy.ui.cohort;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.tnracademy.core.cohort.CohortChangeRefusedException;
import org.tnracademy.core.cohort.CohortManagerRow;
import org.tnracademy.core.cohort.CohortService;

/**
 * The managers of one cohort, who alone (with administrators) see it: listed, another cohort
 * manager added by username (problems shown at the field), one removed after a confirmation. A
 * manager who removes themselves goes back to their cohorts.
 */
class CohortManagersPanel extends Details {

    private final CohortService cohorts;
    private final long cohortId;
    private final String signedIn;
    final Grid<CohortManagerRow> managers = new Grid<>();
    final TextField username = new TextField();

    CohortManagersPanel(CohortService cohorts, long cohortId, String signedIn) {
        this.cohorts = cohorts;
        this.cohortId = cohortId;
        this.signedIn = signedIn;
        setId("cohort-managers");
        managers.setId("manager-rows");
        managers.setAllRowsVisible(true);
        managers.addColumn(CohortManagerRow::displayName).setHeader(getTranslation("cohort-managers.name")).setAutoWidth(true);
        managers.addColumn(CohortManagerRow::username).setHeader(getTranslation("cohort-managers.username"))
                .setAutoWidth(true);
        managers.addComponentColumn(this::removeButton).setHeader(getTranslation("accounts.actions"))
                .setAutoWidth(true);

        username.setId("manager-username");
        username.setPlaceholder(getTranslation("cohort-managers.username-placeholder"));
        username.setHelperText(getTranslation("cohort-managers.help"));
        Button add = new Button(getTranslation("cohort-managers.add"), e -> add());
        add.setId("add-manager");
        HorizontalLayout tools = new HorizontalLayout(username, add);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout content = new VerticalLayout(managers, tools);
        content.setPadding(false);
        add(content);
        refresh();
    }

    private void add() {
        try {
            cohorts.addManager(cohortId, username.getValue());
            username.clear();
            username.setInvalid(false);
            refresh();
        } catch (CohortChangeRefusedException refused) {
            username.setErrorMessage(refused.problems().stream().map(p -> CohortProblemText.of(this, p))
                    .reduce((a, b) -> a + " · " + b).orElse(""));
            username.setInvalid(true);
        }
    }

    private Button removeButton(CohortManagerRow m) {
        Button remove = new Button(getTranslation("cohort-managers.remove"), e -> confirmRemoval(m));
        remove.setId("remove-manager-" + m.username());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return remove;
    }

    private void confirmRemoval(CohortManagerRow m) {
        boolean self = m.username().equals(signedIn);
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("cohort-managers.remove-title", m.displayName()),
                getTranslation(self ? "cohort-managers.remove-self-text" : "cohort-managers.remove-text", m.displayName()),
                getTranslation("cohort-managers.remove"), ok -> remove(m, self));
        confirm.setId("remove-manager-confirm");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    void remove(CohortManagerRow m, boolean self) {
        try {
            cohorts.removeManager(cohortId, m.username());
        } catch (CohortChangeRefusedException refused) {
            Notification.show(refused.problems().stream().map(p -> CohortProblemText.of(this, p))
                            .reduce((a, b) -> a + " · " + b).orElse(""), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        if (self) {
            // the cohort is no longer theirs to see
            UI.getCurrent().navigate(CohortsView.class);
        } else {
            refresh();
        }
    }

    private void refresh() {
        managers.setItems(cohorts.managers(cohortId));
        setSummaryText(getTranslation("cohort-managers.managers-count", managers.getListDataView().getItemCount()));
    }
}

package org.tnracademy.ui.cohort;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.cohort.CohortSummary;
import org.tnracademy.ui.security.CurrentUser;
import org.tnracademy.core.account.Role;

/** Every cohort with its dates, courses and size; managers create new ones here. */
@Route("cohorts")
@RolesAllowed({"COHORT_MANAGER", "INSTRUCTOR", "ADMIN"})
public class CohortsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<CohortSummary> grid = new Grid<>();
    private final CohortService cohorts;

    public CohortsView(CohortService cohorts, CatalogService catalog, CurrentUser user) {
        this.cohorts = cohorts;
        setSizeFull();
        add(new H2(getTranslation("cohorts.title")));
        if (user.has(Role.COHORT_MANAGER) || user.has(Role.ADMIN)) {
            Button create = new Button(getTranslation("cohorts.new"),
                    e -> new CohortDialog(cohorts, catalog.courses(), null, c -> open(c.id())).open());
            create.setId("new-cohort");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        grid.setId("cohorts");
        grid.addColumn(CohortSummary::name).setHeader(getTranslation("cohorts.field.name")).setFlexGrow(2);
        grid.addColumn(c -> c.startsOn().toString()).setHeader(getTranslation("cohorts.field.startsOn"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.endsOn().toString()).setHeader(getTranslation("cohorts.field.endsOn"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.courseIds().size()).setHeader(getTranslation("cohorts.courses"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(CohortSummary::memberCount).setHeader(getTranslation("cohorts.members"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setItems(cohorts.cohorts());
        add(grid);
        setFlexGrow(1, grid);
    }

    private void open(long cohortId) {
        getUI().ifPresent(ui -> ui.navigate(CohortView.class, new RouteParameters("cohortId",
                String.valueOf(cohortId))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cohorts.title") + " | " + getTranslation("app.title");
    }
}

package org.tnracademy.ui.cohort;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseCard;
import org.tnracademy.core.cohort.CohortChangeRefusedException;
import org.tnracademy.core.cohort.CohortMemberRow;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.cohort.CohortSummary;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.routing.RouteIds;
import org.tnracademy.ui.security.CurrentUser;

/**
 * One cohort: its dates and courses, its managers, its members; enrol one by one or from CSV, move,
 * remove.
 */
@Route("cohorts/:cohortId")
@RolesAllowed({"COHORT_MANAGER", "ADMIN"})
public class CohortView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CohortService cohorts;
    private final CatalogService catalog;
    private final CurrentUser user;
    private final Grid<CohortMemberRow> members = new Grid<>();
    private final TextField filter = new TextField();
    private final Paragraph facts = new Paragraph();
    private final H2 title = new H2();
    private CohortSummary cohort;

    public CohortView(CohortService cohorts, CatalogService catalog, CurrentUser user) {
        this.cohorts = cohorts;
        this.catalog = catalog;
        this.user = user;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.required(event, "cohortId");
        cohort = cohorts.cohort(id).orElseThrow(() -> new NotFoundException("No cohort " + id));
        removeAll();
        facts.setId("cohort-facts");
        showFacts();
        Button edit = new Button(getTranslation("cohorts.edit"), e -> new CohortDialog(cohorts, catalog.courses(),
                cohort, saved -> { cohort = saved; showFacts(); }).open());
        edit.setId("edit-cohort");

        TextField username = new TextField();
        username.setId("enrol-username");
        username.setPlaceholder(getTranslation("gradebook.username"));
        Button enrol = new Button(getTranslation("cohorts.enrol"), e -> {
            try {
                cohorts.enrol(cohort.id(), username.getValue());
                username.clear();
                refresh();
            } catch (CohortChangeRefusedException refused) {
                username.setInvalid(true);
                username.setErrorMessage(refused.problems().stream().map(p -> CohortProblemText.of(this, p))
                        .reduce((a, b) -> a + " · " + b).orElse(""));
            }
        });
        enrol.setId("enrol");
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout tools = new HorizontalLayout(username, enrol,
                new CohortCsvEnrolment(cohorts, cohort.id(), this::refresh), edit);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        filter.setId("member-filter");
        filter.setPlaceholder(getTranslation("cohorts.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        members.setId("members");
        members.addColumn(CohortMemberRow::displayName).setHeader(getTranslation("gradebook.learner"))
                .setAutoWidth(true);
        members.addColumn(CohortMemberRow::username).setHeader(getTranslation("gradebook.username"))
                .setAutoWidth(true);
        members.addColumn(m -> Formats.utcShort(m.enrolledAt(), getLocale()))
                .setHeader(getTranslation("cohorts.enrolled-at")).setAutoWidth(true);
        members.addComponentColumn(this::actions).setHeader(getTranslation("accounts.actions")).setAutoWidth(true);
        members.setItems(q -> cohorts.members(cohort.id(), filter.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> cohorts.memberCount(cohort.id(), filter.getValue()));
        add(title, CohortPages.links(this, cohort.id()), facts,
                new CohortManagersPanel(cohorts, cohort.id(), user.username()), tools, filter, members);
        setFlexGrow(1, members);
    }

    private void showFacts() {
        title.setText(cohort.name());
        List<String> courseTitles = catalog.courses().stream().filter(c -> cohort.courseIds().contains(c.id()))
                .map(CourseCard::title).map(t -> t.in(getLocale())).toList();
        facts.setText(getTranslation("cohorts.facts", cohort.startsOn().toString(), cohort.endsOn().toString(),
                String.join(", ", courseTitles)));
    }

    private HorizontalLayout actions(CohortMemberRow m) {
        Button move = new Button(getTranslation("cohorts.move"), e -> moveDialog(m));
        move.setId("move-" + m.username());
        Button remove = new Button(getTranslation("cohorts.remove"), e -> {
            cohorts.remove(cohort.id(), m.learnerId());
            refresh();
        });
        remove.setId("remove-" + m.username());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(move, remove);
    }

    private void moveDialog(CohortMemberRow m) {
        Dialog dialog = new Dialog(getTranslation("cohorts.move-title", m.displayName()));
        dialog.setId("move-dialog");
        Select<CohortSummary> target = new Select<>();
        target.setId("move-target");
        target.setLabel(getTranslation("cohorts.move-to"));
        target.setItems(cohorts.cohorts().stream().filter(c -> c.id() != cohort.id()).toList());
        target.setItemLabelGenerator(CohortSummary::name);
        Button confirm = new Button(getTranslation("cohorts.move"), e -> {
            if (target.getValue() == null) {
                target.setInvalid(true);
                target.setErrorMessage(getTranslation("cohorts.problem.REQUIRED"));
                return;
            }
            try {
                cohorts.move(m.learnerId(), cohort.id(), target.getValue().id());
                dialog.close();
                refresh();
            } catch (CohortChangeRefusedException refused) {
                Notification.show(refused.problems().stream().map(p -> CohortProblemText.of(this, p))
                                .reduce((a, b) -> a + " · " + b).orElse(""), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        confirm.setId("move-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(target);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    void refresh() {
        members.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return (cohort == null ? "" : cohort.name() + " | ") + getTranslation("app.title");
    }
}

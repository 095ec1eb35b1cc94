package org.tnracademy.ui.lti;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.lti.LtiPlatform;
import org.tnracademy.core.lti.LtiPlatforms;
import org.tnracademy.core.lti.LtiRoster;
import org.tnracademy.core.lti.PlatformForm;
import org.tnracademy.core.lti.PlatformProblem;
import org.tnracademy.core.lti.PlatformRefusedException;

/**
 * LMS platforms (LTI 1.3) for administrators: the addresses to give the LMS, the registered
 * platforms (add, change, remove), and the cohorts made from LMS courses with their roster fill.
 */
@Route("admin/lti")
@RolesAllowed("ADMIN")
public class LtiPlatformsView extends VerticalLayout implements HasDynamicTitle {

    private final LtiPlatforms platforms;
    private final Grid<LtiPlatform> grid = new Grid<>();

    public LtiPlatformsView(LtiPlatforms platforms, LtiRoster roster, CohortService cohorts) {
        this.platforms = platforms;
        setSizeFull();
        add(new H2(getTranslation("lti.title")), new Paragraph(getTranslation("lti.intro")), toolAddresses());
        grid.setId("lti-platforms");
        grid.addColumn(LtiPlatform::issuer).setHeader(getTranslation("lti.field.ISSUER")).setFlexGrow(2);
        grid.addColumn(LtiPlatform::clientId).setHeader(getTranslation("lti.field.CLIENT_ID")).setAutoWidth(true);
        grid.addColumn(p -> String.join(", ", p.deploymentIds())).setHeader(getTranslation("lti.field.DEPLOYMENT_IDS"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.addThemeName("wrap-cell-content");
        grid.setAllRowsVisible(true);
        Button add = new Button(getTranslation("lti.add"), e -> edit(null));
        add.setId("lti-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(getTranslation("lti.platforms")), add, grid, linkedCohorts(roster, cohorts));
        refresh();
    }

    private VerticalLayout toolAddresses() {
        String academy = VaadinServletRequest.getCurrent() == null ? ""
                : LtiEndpoints.academy(VaadinServletRequest.getCurrent().getHttpServletRequest());
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        box.setId("lti-tool-addresses");
        for (Map.Entry<String, String> address : Map.of("login", LtiSecurity.LOGIN, "launch", LtiSecurity.LAUNCH,
                "jwks", LtiSecurity.JWKS, "deep-linking", LtiSecurity.LAUNCH).entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            box.add(new Paragraph(new Span(getTranslation("lti.address." + address.getKey()) + ": "),
                    new Span(academy + address.getValue())));
        }
        return box;
    }

    private HorizontalLayout actions(LtiPlatform p) {
        Button change = new Button(getTranslation("lti.change"), e -> edit(p));
        change.addThemeVariants(ButtonVariant.LUMO_SMALL);
        change.getElement().setAttribute("aria-label", getTranslation("lti.change-named", p.issuer()));
        Button remove = new Button(getTranslation("lti.remove"), e -> confirmRemove(p));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.getElement().setAttribute("aria-label", getTranslation("lti.remove-named", p.issuer()));
        return new HorizontalLayout(change, remove);
    }

    private void confirmRemove(LtiPlatform p) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("lti.remove-named", p.issuer()),
                getTranslation("lti.remove-text"), getTranslation("lti.remove"), e -> {
                    platforms.remove(p.id());
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /** The registration form; a refused save keeps what was typed and marks each field that is wrong. */
    private void edit(LtiPlatform existing) {
        Dialog dialog = new Dialog(getTranslation(existing == null ? "lti.add" : "lti.change"));
        Map<PlatformProblem.Field, TextField> fields = new EnumMap<>(PlatformProblem.Field.class);
        FormLayout form = new FormLayout();
        TextArea deployments = new TextArea(getTranslation("lti.field.DEPLOYMENT_IDS"));
        deployments.setId("lti-field-DEPLOYMENT_IDS");
        deployments.setHelperText(getTranslation("lti.field.DEPLOYMENT_IDS.help"));
        for (PlatformProblem.Field f : PlatformProblem.Field.values()) {
            if (f == PlatformProblem.Field.DEPLOYMENT_IDS) {
                form.add(deployments);
                continue;
            }
            TextField field = new TextField(getTranslation("lti.field." + f.name()));
            field.setId("lti-field-" + f.name());
            field.setWidthFull();
            fields.put(f, field);
            form.add(field);
        }
        if (existing != null) {
            fields.get(PlatformProblem.Field.ISSUER).setValue(existing.issuer());
            fields.get(PlatformProblem.Field.CLIENT_ID).setValue(existing.clientId());
            deployments.setValue(String.join("\n", existing.deploymentIds()));
            fields.get(PlatformProblem.Field.JWKS_URL).setValue(existing.jwksUrl());
            fields.get(PlatformProblem.Field.AUTH_URL).setValue(existing.authUrl());
            fields.get(PlatformProblem.Field.TOKEN_URL).setValue(existing.tokenUrl());
        }
        Button save = new Button(getTranslation("lti.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            deployments.setInvalid(false);
            try {
                platforms.save(existing == null ? null : existing.id(), new PlatformForm(
                        fields.get(PlatformProblem.Field.ISSUER).getValue(),
                        fields.get(PlatformProblem.Field.CLIENT_ID).getValue(), deployments.getValue(),
                        fields.get(PlatformProblem.Field.JWKS_URL).getValue(),
                        fields.get(PlatformProblem.Field.AUTH_URL).getValue(),
                        fields.get(PlatformProblem.Field.TOKEN_URL).getValue()));
                dialog.close();
                Notification.show(getTranslation("lti.saved"));
                refresh();
            } catch (PlatformRefusedException refused) {
                for (PlatformProblem problem : refused.problems()) {
                    String message = getTranslation("lti.problem." + problem.reason().name(),
                            getTranslation("lti.field." + problem.field().name()), problem.limit());
                    if (problem.field() == PlatformProblem.Field.DEPLOYMENT_IDS) {
                        deployments.setErrorMessage(message);
                        deployments.setInvalid(true);
                    } else {
                        fields.get(problem.field()).setErrorMessage(message);
                        fields.get(problem.field()).setInvalid(true);
                    }
                }
            }
        });
        save.setId("lti-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        dialog.add(form);
        dialog.getFooter().add(cancel, save);
        dialog.setWidth("min(48rem, 95vw)");
        dialog.open();
    }

    private VerticalLayout linkedCohorts(LtiRoster roster, CohortService cohorts) {
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("lti.cohorts")));
        box.setPadding(false);
        Grid<LtiRoster.LinkedCohort> linked = new Grid<>();
        linked.setId("lti-cohorts");
        linked.addColumn(c -> cohorts.cohort(c.cohortId()).map(s -> s.name()).orElse(""))
                .setHeader(getTranslation("lti.cohort")).setFlexGrow(2);
        linked.addColumn(LtiRoster.LinkedCohort::issuer).setHeader(getTranslation("lti.field.ISSUER")).setFlexGrow(2);
        linked.addComponentColumn(c -> {
            Button fill = new Button(getTranslation("lti.roster.fill"), e -> {
                try {
                    LtiRoster.Filled filled = roster.fill(c.cohortId());
                    Notification.show(getTranslation("lti.roster.filled", filled.members(), filled.enrolledNow()));
                } catch (LtiRoster.RosterUnavailableException unavailable) {
                    Notification.show(getTranslation("lti.roster.unavailable"));
                }
            });
            fill.addThemeVariants(ButtonVariant.LUMO_SMALL);
            fill.setEnabled(c.rosterAvailable());
            return fill;
        }).setAutoWidth(true);
        List<LtiRoster.LinkedCohort> rows = roster.linkedCohorts();
        linked.setItems(rows);
        linked.setAllRowsVisible(true);
        box.add(rows.isEmpty() ? new Paragraph(getTranslation("lti.cohorts.none")) : linked);
        return box;
    }

    private void refresh() {
        grid.setItems(platforms.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lti.title") + " | " + getTranslation("app.title");
    }
}

package org.tnracademy.ui.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.AuditRecord;
import org.tnracademy.core.xapi.LearningRecords;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.i18n.UserTimeZone;

/** The audit log, newest first, read a page at a time; above it, the xAPI outbox (statements for the record store). */
@Route("admin/audit")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    public AuditView(AuditLog audit, LearningRecords learningRecords) {
        setSizeFull();
        add(new LearningRecordStorePanel(learningRecords));
        add(new H2(getTranslation("audit.title")));
        Grid<AuditRecord> grid = new Grid<>();
        grid.setId("audit");
        grid.addColumn(r -> Formats.inZone(r.at(), getLocale(), UserTimeZone.current())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditRecord::actor).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("audit.action." + r.action().name())).setHeader(getTranslation("audit.what"))
                .setAutoWidth(true);
        grid.addColumn(r -> AuditTexts.detail(this::getTranslation, r, getLocale())).setHeader(getTranslation("audit.detail")).setFlexGrow(2);
        grid.addColumn(AuditRecord::remoteAddress).setHeader(getTranslation("audit.address")).setAutoWidth(true);
        grid.setItems(q -> audit.newestFirst(q.getOffset(), q.getLimit()).stream(), q -> Math.toIntExact(audit.count()));
        add(grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | " + getTranslation("app.title");
    }
}

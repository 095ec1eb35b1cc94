package org.tnracademy.ui.cohort;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** Links between the pages of one cohort: members, gradebook, item analysis, dashboard. */
final class CohortPages {

    private CohortPages() {
    }

    static RouteParameters of(long cohortId) {
        return new RouteParameters("cohortId", String.valueOf(cohortId));
    }

    static HorizontalLayout links(Component page, long cohortId) {
        HorizontalLayout links = new HorizontalLayout(
                new RouterLink(page.getTranslation("cohorts.page.members"), CohortView.class, of(cohortId)),
                new RouterLink(page.getTranslation("cohorts.page.gradebook"), CohortGradebookView.class, of(cohortId)),
                new RouterLink(page.getTranslation("cohorts.page.items"), ItemAnalysisView.class, of(cohortId)),
                new RouterLink(page.getTranslation("cohorts.page.dashboard"), CohortDashboardView.class,
                        of(cohortId)));
        links.setId("cohort-pages");
        return links;
    }
}

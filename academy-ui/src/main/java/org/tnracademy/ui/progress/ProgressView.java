package org.tnracademy.ui.progress;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.badge.BadgeService;
import org.tnracademy.core.calibration.CalibrationService;
import org.tnracademy.core.certificate.CertificateRefusedException;
import org.tnracademy.core.certificate.CertificateService;
import org.tnracademy.core.certificate.CertificateTexts;
import org.tnracademy.core.progress.CourseCompletion;
import org.tnracademy.core.progress.FormStanding;
import org.tnracademy.core.progress.LearnerProgress;
import org.tnracademy.core.progress.ProgressOverview;
import org.tnracademy.core.progress.ProgressService;
import org.tnracademy.exercises.curriculum.RepressionForm;
import org.tnracademy.ui.badge.BadgeDownloads;
import org.tnracademy.ui.calibration.ReliabilityPanel;
import org.tnracademy.ui.cohort.ChartJs;
import org.tnracademy.ui.certificate.PublicAddress;
import org.tnracademy.ui.layout.ColumnPriority;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.i18n.UserTimeZone;

/**
 * "My progress": the signed-in learner's own standing by form of TNR (chart and table of the same
 * figures), then per course the steps done and, once the course is complete, its certificate.
 */
@Route("progress")
@RolesAllowed("LEARNER")
public class ProgressView extends VerticalLayout implements HasDynamicTitle {

    private final CertificateService certificates;
    private final BadgeService badges;

    public ProgressView(ProgressService progress, CertificateService certificates, BadgeService badges,
                        CalibrationService calibration) {
        this.certificates = certificates;
        this.badges = badges;
        add(new H2(getTranslation("progress.title")));
        ProgressOverview overview = progress.myOverview();
        forms(overview.forms());
        add(new ReliabilityPanel(calibration.myCalibration()));
        Map<Long, CourseCompletion> completions = overview.completions().stream()
                .collect(Collectors.toMap(CourseCompletion::courseId, Function.identity()));
        for (LearnerProgress.Course course : overview.progress().courses()) {
            add(new H3(course.title().in(getLocale())));
            ProgressBar bar = new ProgressBar(0, Math.max(1, course.steps().size()), course.done());
            bar.setWidth("min(24rem, 100%)");
            bar.getElement().setAttribute("aria-label",
                    getTranslation("progress.done", course.done(), course.steps().size()));
            add(bar, new Span(getTranslation("progress.done", course.done(), course.steps().size())));
            CourseCompletion completion = completions.get(course.courseId());
            if (completion != null) {
                add(certificate(completion));
                if (completion.complete() && completion.passed()) {
                    add(new BadgeDownloads(this.badges, completion.courseId()));
                }
            }
            add(steps(course));
        }
    }

    /** Mean standing per form, as a bar chart of the forms done and a table of every form. */
    private void forms(List<FormStanding> forms) {
        String title = getTranslation("myprogress.forms-title");
        add(new H3(title));
        List<FormStanding> done = forms.stream().filter(f -> f.mean() != null).toList();
        if (done.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("myprogress.no-forms"));
            none.setId("my-forms-none");
            add(none);
        } else {
            add(new Paragraph(getTranslation("myprogress.forms-legend")));
            add(new ChartJs("chart-my-forms", title, ChartJs.bar(
                    done.stream().map(f -> getTranslation(RepressionForm.i18nKey(f.form()))).toList(),
                    getTranslation("myprogress.mean"),
                    done.stream().map(f -> Math.round(f.mean() * 1000) / 10.0).toList(), 100.0)));
        }
        Grid<FormStanding> table = new Grid<>();
        table.setId("table-my-forms");
        table.addColumn(f -> getTranslation(RepressionForm.i18nKey(f.form()))).setHeader(getTranslation("myprogress.form"))
                .setFlexGrow(3);
        table.addColumn(f -> f.mean() == null ? "—" : Formats.percent(f.mean(), getLocale()))
                .setHeader(getTranslation("myprogress.mean")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        table.addColumn(f -> f.exercises() == 0 ? getTranslation("myprogress.not-trained")
                        : getTranslation("myprogress.done-of", f.done(), f.exercises()))
                .setHeader(getTranslation("myprogress.done")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        table.setItems(forms);
        table.setAllRowsVisible(true);
        add(table);
    }

    /**
     * The certificate link once the course is passed; until then, how many steps are left or how far
     * the score is from the pass mark.
     */
    private Component certificate(CourseCompletion completion) {
        if (!completion.complete()) {
            Span locked = new Span(getTranslation("myprogress.certificate-locked", completion.stepsLeft(),
                    completion.passMark()));
            locked.setId("certificate-locked-" + completion.courseId());
            return locked;
        }
        if (!completion.passed()) {
            Span below = new Span(getTranslation("myprogress.certificate-below-pass-mark", completion.scorePercent(),
                    completion.passMark()));
            below.setId("certificate-below-" + completion.courseId());
            return below;
        }
        Locale locale = getLocale();
        CertificateTexts texts = texts(this);
        String refused = getTranslation("myprogress.certificate-refused");
        String verificationAddress = PublicAddress.of("verify");
        String academy = PublicAddress.of("");
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = certificates.pdf(completion.courseId(), locale, texts, verificationAddress);
                // the certificate's Open Badge is issued with it, so its verification page can check one
                badges.myBadge(completion.courseId(), academy);
                return new DownloadResponse(new ByteArrayInputStream(bytes),
                        "certificate-" + completion.courseSlug() + ".pdf", "application/pdf", bytes.length);
            } catch (CertificateRefusedException e) {
                // the page was open while the course changed: no file, the reason instead
                return DownloadResponse.error(HttpStatusCode.CONFLICT, refused);
            }
        }), getTranslation("myprogress.certificate"));
        pdf.setId("certificate-" + completion.courseId());
        return pdf;
    }

    static CertificateTexts texts(Component page) {
        return new CertificateTexts(page.getTranslation("myprogress.cert.title"),
                page.getTranslation("myprogress.cert.certifies"), page.getTranslation("myprogress.cert.has-completed"),
                page.getTranslation("myprogress.cert.completed-on"), page.getTranslation("myprogress.cert.score"),
                page.getTranslation("myprogress.cert.verification-id"), page.getTranslation("myprogress.cert.verify-at"));
    }

    private Grid<LearnerProgress.Step> steps(LearnerProgress.Course course) {
        Grid<LearnerProgress.Step> grid = new Grid<>();
        grid.addClassName("progress-steps");
        var kind = grid.addColumn(this::kind).setHeader(getTranslation("progress.kind")).setAutoWidth(true);
        var step = grid.addColumn(s -> s.title().in(getLocale())).setHeader(getTranslation("progress.step"))
                .setFlexGrow(3);
        // on a phone the kind, score, attempts and time go above the step's title, beside its status
        ColumnPriority<LearnerProgress.Step> priority = ColumnPriority.of(grid).wideOnly(kind, step);
        priority.stacked(getTranslation("progress.step"), this::stepDetails, s -> s.title().in(getLocale()));
        grid.addColumn(this::status).setHeader(getTranslation("progress.status")).setAutoWidth(true).setKey("status");
        priority.wideOnly(grid.addColumn(this::score).setHeader(getTranslation("progress.best-score")).setAutoWidth(true),
                grid.addColumn(this::attempts).setHeader(getTranslation("progress.attempts-header")).setAutoWidth(true),
                grid.addColumn(this::when).setHeader(getTranslation("progress.when")).setAutoWidth(true));
        grid.addThemeName("wrap-cell-content");
        grid.setItems(course.steps());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String kind(LearnerProgress.Step s) {
        return getTranslation(s.exercise() ? "progress.kind.exercise" : "progress.kind.lesson");
    }

    private String score(LearnerProgress.Step s) {
        return s.score() == null ? "" : Formats.percent(s.score(), getLocale());
    }

    private String attempts(LearnerProgress.Step s) {
        return s.exercise() ? getTranslation("progress.attempts", s.attempts(), s.maxAttempts()) : "";
    }

    private String when(LearnerProgress.Step s) {
        return Formats.inZone(s.when(), getLocale(), UserTimeZone.current());
    }

    /** Kind, best score, attempts and time in one line, the blank ones left out. */
    private String stepDetails(LearnerProgress.Step s) {
        return java.util.stream.Stream.of(kind(s), score(s), attempts(s), when(s))
                .filter(t -> t != null && !t.isBlank()).collect(java.util.stream.Collectors.joining(" · "));
    }

    private String status(LearnerProgress.Step s) {
        return StepMarks.text(this, s.status());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("progress.title") + " | " + getTranslation("app.title");
    }
}

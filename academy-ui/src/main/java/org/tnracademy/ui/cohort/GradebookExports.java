package org.tnracademy.ui.cohort;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import org.tnracademy.core.cohort.CohortSummary;
import org.tnracademy.core.gradebook.CellStatus;
import org.tnracademy.core.gradebook.CohortExportHeadings;
import org.tnracademy.core.gradebook.CohortGradebookExport;
import org.tnracademy.core.gradebook.CohortGradebookRow;
import org.tnracademy.core.gradebook.GradebookQuery;
import org.tnracademy.core.transcript.TranscriptService;
import org.tnracademy.core.transcript.TranscriptTexts;

/** Download links of a cohort gradebook (CSV, XLSX) and of a learner's PDF transcript, in the page's language. */
@SpringComponent
@UIScope
public class GradebookExports {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CohortGradebookExport export;
    private final TranscriptService transcripts;

    GradebookExports(CohortGradebookExport export, TranscriptService transcripts) {
        this.export = export;
        this.transcripts = transcripts;
    }

    /** CSV and XLSX of the gradebook with the filter and order the page shows when the link is followed. */
    HorizontalLayout links(Component page, CohortSummary cohort, Supplier<GradebookQuery> query) {
        Locale locale = UI.getCurrent().getLocale();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = export.csv(cohort.id(), query.get(), locale, headings(page))
                    .getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "gradebook.csv", "text/csv", bytes.length);
        }), page.getTranslation("cohorts.export-csv"));
        csv.setId("gradebook-csv");
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = export.xlsx(cohort.id(), query.get(), locale, headings(page));
            return new DownloadResponse(new ByteArrayInputStream(bytes), "gradebook.xlsx", XLSX, bytes.length);
        }), page.getTranslation("cohorts.export-xlsx"));
        xlsx.setId("gradebook-xlsx");
        return new HorizontalLayout(csv, xlsx);
    }

    /** The learner's transcript as a PDF. */
    Anchor transcript(Component page, CohortSummary cohort, CohortGradebookRow row) {
        Locale locale = UI.getCurrent().getLocale();
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = transcripts.pdf(cohort.id(), row.learnerId(), locale, texts(page));
            return new DownloadResponse(new ByteArrayInputStream(bytes), "transcript-" + row.username() + ".pdf",
                    "application/pdf", bytes.length);
        }), page.getTranslation("cohorts.transcript"));
        pdf.setId("transcript-" + row.username());
        return pdf;
    }

    static CohortExportHeadings headings(Component page) {
        return new CohortExportHeadings(page.getTranslation("cohorts.page.gradebook"),
                page.getTranslation("gradebook.username"), page.getTranslation("gradebook.learner"),
                page.getTranslation("cohorts.export-overall"), page.getTranslation("gradebook.export-score"),
                page.getTranslation("gradebook.export-attempts"), page.getTranslation("cohorts.export-minutes"));
    }

    static TranscriptTexts texts(Component page) {
        Map<CellStatus, String> statuses = new EnumMap<>(CellStatus.class);
        for (CellStatus s : CellStatus.values()) {
            statuses.put(s, page.getTranslation("cohorts.status." + s.name()));
        }
        return new TranscriptTexts(page.getTranslation("cohorts.transcript-title"),
                page.getTranslation("gradebook.learner"), page.getTranslation("cohorts.cohort"),
                page.getTranslation("cohorts.period"), page.getTranslation("cohorts.overall"),
                page.getTranslation("cohorts.completed"), page.getTranslation("cohorts.exercise"),
                page.getTranslation("cohorts.score"), page.getTranslation("cohorts.attempts"),
                page.getTranslation("cohorts.minutes"), page.getTranslation("cohorts.status"), statuses,
                page.getTranslation("cohorts.issued"));
    }
}

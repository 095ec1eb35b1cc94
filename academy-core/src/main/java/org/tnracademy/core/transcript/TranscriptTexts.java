package org.tnracademy.core.transcript;

import java.util.Map;

import org.tnracademy.core.gradebook.CellStatus;

/**
 * The words of a transcript in the reader's language, given by the caller: the core does not hold
 * the interface's texts. Labels are printed followed by their value.
 */
public record TranscriptTexts(String title, String learner, String cohort, String period, String overall,
                              String completed, String exercise, String score, String attempts, String minutes,
                              String status, Map<CellStatus, String> statuses, String issued) {

    public TranscriptTexts {
        statuses = Map.copyOf(statuses);
    }

    public static final TranscriptTexts ENGLISH = new TranscriptTexts("Transcript", "Learner", "Cohort", "Period",
            "Overall score", "Exercises graded", "Exercise", "Score", "Attempts", "Minutes", "Status",
            Map.of(CellStatus.NOT_STARTED, "not started", CellStatus.AWAITING_REVIEW, "awaiting review",
                    CellStatus.GRADED, "graded"), "Issued");
}

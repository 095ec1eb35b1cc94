package org.tnracademy.exercises.shortanswer;

import java.util.List;

/** The grade of a short answer: the share of blanks right, in [0, 1], and feedback in spec order. */
public record ShortAnswerResult(double score, List<BlankFeedback> blanks, int correctCount, int blankCount) {

    public ShortAnswerResult {
        blanks = List.copyOf(blanks);
    }
}

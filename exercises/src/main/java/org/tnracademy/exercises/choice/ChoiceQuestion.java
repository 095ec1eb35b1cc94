package org.tnracademy.exercises.choice;

import java.util.List;

/**
 * One question as grading sees it: its id, whether the learner may select several options, and its
 * option ids in the order learners see them. Prompts and option texts belong to the course content.
 */
public record ChoiceQuestion(String id, boolean multiple, List<String> options) {

    public ChoiceQuestion {
        options = List.copyOf(options);
    }
}

package org.tnracademy.core.progress;

import java.util.List;

/** What "My progress" shows of the signed-in learner, all from one outline of the courses. */
public record ProgressOverview(List<FormStanding> forms, List<CourseCompletion> completions,
                               LearnerProgress progress) {

    public ProgressOverview {
        forms = List.copyOf(forms);
        completions = List.copyOf(completions);
    }
}

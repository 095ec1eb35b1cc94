package org.tnracademy.core.gradebook;

/**
 * Which learners of a cohort the gradebook shows and in which order; filtered and ordered by the
 * database.
 *
 * @param text       part of the display name or username, case-insensitive; blank for all
 * @param exerciseId the exercise to order by when {@code sort} is {@link GradebookSort#EXERCISE}
 */
public record GradebookQuery(String text, LearnerStatus status, GradebookSort sort, Long exerciseId,
                             boolean descending) {

    public static final GradebookQuery ALL = new GradebookQuery("", LearnerStatus.ANY, GradebookSort.NAME, null,
            false);

    public GradebookQuery {
        text = text == null ? "" : text;
        status = status == null ? LearnerStatus.ANY : status;
        sort = sort == null ? GradebookSort.NAME : sort;
        if (sort == GradebookSort.EXERCISE && exerciseId == null) {
            throw new IllegalArgumentException("ordering by exercise needs the exercise's id");
        }
    }

    public GradebookQuery withText(String newText) {
        return new GradebookQuery(newText, status, sort, exerciseId, descending);
    }

    public GradebookQuery withStatus(LearnerStatus newStatus) {
        return new GradebookQuery(text, newStatus, sort, exerciseId, descending);
    }

    public GradebookQuery orderedBy(GradebookSort newSort, Long byExercise, boolean desc) {
        return new GradebookQuery(text, status, newSort, byExercise, desc);
    }
}

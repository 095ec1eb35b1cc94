package org.tnracademy.core.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.PackProblem;
import org.tnracademy.core.policy.AttemptPolicy;
import org.tnracademy.core.support.TestCourse;
import org.tnracademy.exercises.LocalizedText;

/** The pack import's check over a course with drafts in it, without a database. */
class ExerciseDraftCheckTest {

    private final CoursePack course = TestCourse.pack();

    @Test
    void aNewExerciseIsAppendedToItsModuleAndAnEditedOneStaysInPlace() {
        CoursePack.Exercise published = (CoursePack.Exercise) course.modules().getFirst().items().get(1);
        CoursePack.Exercise edited = ExerciseDraftCheck.exercise(published.id(), published.type(), published.version(),
                content(published, LocalizedText.of("Edited", null)), published.dataset());
        CoursePack.Exercise added = ExerciseDraftCheck.exercise("added", published.type(), 1,
                content(published, LocalizedText.of("Added", null)), published.dataset());

        List<CoursePack.Module> modules = ExerciseDraftCheck.apply(course.modules(), List.of(
                new ExerciseDraftCheck.Applied("first", added), new ExerciseDraftCheck.Applied("first", edited)));

        assertThat(modules.getFirst().items()).extracting(CoursePack.Item::id).containsExactly("intro", "label-six",
                "added");
        ExerciseDraftCheck.Outcome outcome = ExerciseDraftCheck.read(course, modules);
        assertThat(outcome.problems()).isEmpty();
        CoursePack read = outcome.pack().orElseThrow();
        assertThat(((CoursePack.Exercise) read.modules().getFirst().items().get(1)).title().byLanguage())
                .containsEntry("en", "Edited");
    }

    @Test
    void problemsOfTheDraftsFilesAreKeptWithTheirFieldAndOthersLeftOut() {
        List<PackProblem> problems = List.of(
                new PackProblem("exercises/mine.yaml", 12, "spec.labels[1].id: 'X' is not an id"),
                new PackProblem("keys/mine.key.yaml", 3, "items[0].label: 'spam' is not one of the labels"),
                new PackProblem("keys/mine.key.yaml", 0, "not valid YAML"),
                new PackProblem("datasets/posts.jsonl", 7, "text: required"),
                new PackProblem("exercises/other.yaml", 2, "title.en: required"),
                new PackProblem("course.yaml", 9, "modules[0].items[2]: id 'mine' is used twice in this pack"));

        List<DraftProblem> mine = ExerciseDraftCheck.problemsOf("mine", "datasets/posts.jsonl", problems);

        assertThat(mine).extracting(DraftProblem::field).containsExactly("spec.labels[1].id", "key.items[0].label",
                "key", "dataset", null);
        assertThat(mine).extracting(DraftProblem::line).containsExactly(12, 3, 0, 7, 9);
    }

    /** The exercise's content under another title; its key without the file's own "exercise:" line. */
    private static ExerciseDraftContent content(CoursePack.Exercise e, LocalizedText title) {
        Map<String, Object> key = new LinkedHashMap<>(e.key());
        key.remove("exercise");
        return new ExerciseDraftContent("first", title, e.instructions(), e.level(), e.forms(),
                new AttemptPolicy(e.policy().maxAttempts(), null, e.policy().scoring(), List.of()), e.spec(), key,
                null);
    }
}

package org.tnracademy.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.curriculum.CourseLevel;
import org.tnracademy.exercises.curriculum.RepressionForm;
import tools.jackson.databind.JsonNode;

/**
 * The outline of the starter course: every exercise file is placed in it, modules run from
 * beginner to advanced, each teaches before it tests, and together they train every form of TNR.
 */
class CourseOutlineTest {


    private final StarterCourse course = StarterCourse.read();

    @Test
    void everyExerciseFileOfThePackIsPlacedInTheCourseOnce() throws IOException {
        List<String> inCourse = course.ids("exercise");
        try (Stream<Path> files = Files.list(StarterCourse.PACK.resolve("exercises"))) {
            assertThat(files.map(f -> f.getFileName().toString().replaceFirst("\\.yaml$", "")))
                    .as("exercise files missing from course.yaml (add each to the module it trains)")
                    .allMatch(inCourse::contains);
        }
        assertThat(inCourse).doesNotHaveDuplicates();
        List<String> all = new ArrayList<>(inCourse);
        all.addAll(course.ids("lesson"));
        assertThat(all).as("lesson and exercise ids share one namespace").doesNotHaveDuplicates();
    }

    @Test
    void modulesRunFromBeginnerToAdvanced() {
        Map<String, Integer> hardest = new LinkedHashMap<>();
        for (StarterCourse.Module module : course.modules()) {
            int level = module.steps().stream().filter(s -> s.kind().equals("exercise"))
                    .mapToInt(s -> CourseLevel.ids().indexOf(level(exercise(s.id())))).max().orElse(0);
            hardest.put(module.id(), level);
        }
        assertThat(List.copyOf(hardest.values())).as("hardest exercise level per module, in course order: %s", hardest).isSorted();
        assertThat(hardest.values().iterator().next()).as("the course starts at beginner level").isZero();
        assertThat(hardest.values()).as("the course reaches advanced level").contains(2);
    }

    @Test
    void everyModuleOpensWithALessonAndEndsWithPractice() {
        for (StarterCourse.Module module : course.modules()) {
            List<StarterCourse.Step> steps = module.steps();
            assertThat(steps.getFirst().kind()).as("first step of module %s", module.id()).isEqualTo("lesson");
            assertThat(steps.getLast().kind()).as("last step of module %s", module.id()).isEqualTo("exercise");
        }
    }

    @Test
    void theExercisesTogetherTrainEveryFormOfTnr() {
        Set<String> trained = new TreeSet<>();
        for (String id : course.ids("exercise")) {
            JsonNode forms = exercise(id).get("forms");
            if (forms != null) {
                forms.forEach(f -> trained.add(f.stringValue()));
            }
        }
        assertThat(trained).isEqualTo(new TreeSet<>(RepressionForm.ids()));
    }

    private static JsonNode exercise(String id) {
        return StarterCourse.yaml(StarterCourse.PACK.resolve("exercises").resolve(id + ".yaml"));
    }

    private static String level(JsonNode exercise) {
        JsonNode level = exercise.get("level");
        return level == null ? "beginner" : level.stringValue();
    }
}

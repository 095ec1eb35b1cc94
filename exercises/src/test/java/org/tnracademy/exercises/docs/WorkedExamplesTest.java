package org.tnracademy.exercises.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.types.ExerciseTypes;
import org.tnracademy.exercises.written.WrittenType;
import org.tnracademy.exercises.written.WrittenSpec;

/**
 * Recomputes every worked example of {@code docs/exercise-types/} with the real graders: the docs
 * state what the academy does, or this test fails. Each page holds at least two
 * {@code ```yaml worked-example} blocks (format in {@link WorkedExample}).
 */
class WorkedExamplesTest {

    /** The docs folder, from the module's folder (Maven's working directory) or from the repository's. */
    static final Path PAGES = Stream.of(Path.of("../docs/exercise-types"), Path.of("docs/exercise-types"))
            .filter(Files::isDirectory).findFirst()
            .orElseThrow(() -> new IllegalStateException("docs/exercise-types not found from " + Path.of("").toAbsolutePath()));

    @TestFactory
    Stream<DynamicTest> everyWorkedExampleScoresWhatItsPageSays() {
        return pages().stream().flatMap(page -> WorkedExample.allIn(page, read(page)).stream()
                .map(example -> DynamicTest.dynamicTest(example.toString(), () -> {
                    double score = grade(example);
                    assertThat(score).as("%s: graded %s", example, score)
                            .isCloseTo(example.score(), within(WorkedExample.TOLERANCE));
                })));
    }

    @Test
    void everyPageHasAtLeastTwoWorkedExamples() {
        assertThat(pages()).isNotEmpty();
        for (Path page : pages()) {
            assertThat(WorkedExample.allIn(page, read(page))).as(page.getFileName().toString()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void everyExerciseTypeHasWorkedExamples() {
        List<String> typesWithExamples = pages().stream()
                .flatMap(page -> WorkedExample.allIn(page, read(page)).stream()).map(WorkedExample::type).toList();
        assertThat(typesWithExamples).containsAll(ExerciseTypes.ids());
    }

    @Test
    void aBlockThatIsNotAWorkedExampleIsLeftAloneAndAMalformedOneIsNamed() {
        String page = """
                ```yaml
                spec: {labels: [{id: a}]}
                ```
                ```yaml worked-example
                title: no score
                type: item-labelling
                spec: {labels: [{id: a}]}
                key: {items: [{item: p1, label: a}]}
                answer: {}
                ```
                """;
        assertThat(catchThrowable(() -> WorkedExample.allIn(Path.of("x.md"), page)))
                .hasMessageContaining("x.md").hasMessageContaining("line 4").hasMessageContaining("score");
    }

    private static double grade(WorkedExample example) {
        if (example.type().equals(WrittenType.ID)) {
            WrittenType written = ExerciseTypes.written();
            WrittenSpec rubric = written.readSpec(example.spec());
            written.readKey(rubric, example.key());
            return written.grade(rubric, written.readAnswer(rubric, example.answer()),
                    written.readGrade(rubric, example.grade())).score();
        }
        GradeResult result = ExerciseTypes.autoGraded(example.type())
                .gradeTrees(example.spec(), example.key(), example.answer());
        return result.score();
    }

    private static List<Path> pages() {
        try (Stream<Path> files = Files.list(PAGES)) {
            // README.md is the folder's index (adding a type), not a type's page
            return files.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.tnracademy.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.support.TestCourse;

/** A parsed spec is kept for its exercise's content and used only for the very text it came from. */
class ParsedExercisesTest {

    private final ParsedExercises parsed = new ParsedExercises();
    private final CoursePack.Exercise labelling = TestCourse.pack().modules().getFirst().items().stream()
            .filter(CoursePack.Exercise.class::isInstance).map(CoursePack.Exercise.class::cast).findFirst()
            .orElseThrow();

    private Exercise stored(Map<String, Object> spec, String contentHash) {
        return new Exercise(1, labelling.id(), 1, labelling.type(), 1, labelling.title(), labelling.instructions(),
                ExerciseTrees.json(spec), null, labelling.policy(), ExerciseTrees.hintsJson(labelling.policy().hints()),
                null, List.of(), contentHash);
    }

    @Test
    void theSameContentIsParsedOnceAndItsTreeIsReadOnly() {
        Exercise e = stored(labelling.spec(), "h1");

        Map<String, Object> first = parsed.specTree(e);
        Map<String, Object> again = parsed.specTree(stored(labelling.spec(), "h1"));

        assertThat(again).isSameAs(first);
        assertThat(parsed.parses()).isEqualTo(1);
        assertThat(parsed.spec(e).labels()).isNotEmpty();
        assertThatThrownBy(() -> first.put("labels", List.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((List<?>) first.get("labels")).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void otherTextUnderTheSameVersionIsParsedAnew() {
        Map<String, Object> first = parsed.specTree(stored(labelling.spec(), "h1"));
        Map<String, Object> changed = new LinkedHashMap<>(labelling.spec());
        changed.put("labels", ((List<?>) labelling.spec().get("labels")).subList(0, 2));

        Map<String, Object> second = parsed.specTree(stored(changed, "h1"));

        assertThat(second).isNotEqualTo(first);
        assertThat((List<?>) second.get("labels")).hasSize(2);
        assertThat(parsed.parses()).isEqualTo(2);
    }
}

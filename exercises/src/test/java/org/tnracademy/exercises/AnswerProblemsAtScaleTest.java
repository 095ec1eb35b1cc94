package org.tnracademy.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.setselection.SelectionMetric;
import org.tnracademy.exercises.setselection.SetSelectionAnswer;
import org.tnracademy.exercises.setselection.SetSelectionSpec;
import org.tnracademy.exercises.spans.Post;
import org.tnracademy.exercises.spans.SpanCategory;
import org.tnracademy.exercises.spans.SpansAnswer;
import org.tnracademy.exercises.spans.SpansSpec;

/**
 * An answer with 100,000 problems is refused with the first problems listed, in order, and the
 * rest counted. How long it takes is measured by {@code AnswerProblemsBenchmark}, not here.
 */
class AnswerProblemsAtScaleTest {

    static final int PROBLEMS = 100_000;

    @Test
    void oneHundredThousandUnknownItemsListTheFirstHundredAndCountTheRest() {
        SetSelectionSpec spec = SetSelectionSpec.of(List.of("acct-1", "acct-2"), SelectionMetric.F1);
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < PROBLEMS; i++) {
            chosen.add("ghost-" + i);
        }

        InvalidAnswerException refused = catchThrowableOfType(InvalidAnswerException.class,
                () -> SetSelectionAnswer.fromMap(spec, Map.of("chosen", chosen)));

        assertThat(refused.count()).isEqualTo(PROBLEMS);
        assertThat(refused.problems()).hasSize(InvalidAnswerException.MAX_LISTED);
        assertThat(refused.unlisted()).isEqualTo(99_900);
        assertThat(refused.problems().get(0).where()).isEqualTo("chosen[0]");
        assertThat(refused.problems().get(99).where()).isEqualTo("chosen[99]");
        assertThat(refused.getMessage()).startsWith("The answer has 100000 problems, the first 100: chosen[0]: ")
                .endsWith("; and 99900 more");
    }

    @Test
    void fiftyThousandMarksWithAnUnknownFieldAndNoCategoryNameEachProblemOnceInOrder() {
        SpansSpec spec = SpansSpec.of(List.of(new SpanCategory("address", LocalizedText.of("Address", "Adresse"))),
                List.of(new Post("post-001", "Mira lives at 14 Quay Lane.")), 0.5);
        List<Map<String, Object>> spans = new ArrayList<>();
        for (int i = 0; i < PROBLEMS / 2; i++) {
            Map<String, Object> span = new LinkedHashMap<>();
            span.put("post", "post-001");
            span.put("start", 0);
            span.put("end", 4);
            span.put("colour", "red");
            spans.add(span);
        }

        InvalidAnswerException refused = catchThrowableOfType(InvalidAnswerException.class,
                () -> SpansAnswer.fromMap(spec, Map.of("spans", spans)));

        // the missing category is read once, not found again by the span rules
        assertThat(refused.count()).isEqualTo(PROBLEMS);
        assertThat(refused.problems()).extracting(AnswerProblem::where).startsWith(
                "spans[0].colour", "spans[0].category", "spans[1].colour", "spans[1].category");
        assertThat(refused.problems().get(0).code()).isEqualTo(AnswerProblem.Code.UNKNOWN_FIELD);
        assertThat(refused.problems().get(1).code()).isEqualTo(AnswerProblem.Code.MISSING_VALUE);
        assertThat(refused.unlisted()).isEqualTo(PROBLEMS - InvalidAnswerException.MAX_LISTED);
    }
}

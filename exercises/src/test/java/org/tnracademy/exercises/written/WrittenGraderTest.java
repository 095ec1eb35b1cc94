package org.tnracademy.exercises.written;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.tnracademy.exercises.Trees.list;
import static org.tnracademy.exercises.Trees.map;
import static org.tnracademy.exercises.Trees.text;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WrittenGraderTest {

    static final WrittenSpec SPEC = WrittenSpec.fromMap(map("maxLength", 2000, "criteria", list(
            criterion("sourcing", 4, 0, "No claim is sourced.", 2, "Some claims are sourced.",
                    4, "Every claim is tied to a post of the dataset."),
            criterion("attribution", 3, 0, "Attributes without evidence.", 1, "Names indicators but overstates.",
                    3, "States confidence and its limits."),
            criterion("safety", 3, 0, "Repeats the exposed data.", 3, "Never repeats the victim's data."))));

    static final WrittenAnswer ANSWER = WrittenAnswer.of(SPEC, "The campaign began on 1 March 2024 ...");

    private final WrittenGrader grader = new WrittenGrader();

    @Test
    void workedExampleScoresPointsOverTheRubricMaximum() {
        WrittenResult result = grade(Map.of("sourcing", 3, "attribution", 1, "safety", 3), "Good sourcing.");

        // (3 + 1 + 3) / (4 + 3 + 3) = 7/10
        assertThat(result.score()).isEqualTo(0.7);
        assertThat(result.points()).isEqualTo(7);
        assertThat(result.maxPoints()).isEqualTo(10);
        assertThat(result.comment()).isEqualTo("Good sourcing.");
    }

    @Test
    void eachCriterionShowsTheLevelItsPointsReach() {
        WrittenResult result = grade(Map.of("sourcing", 3, "attribution", 1, "safety", 0), null);
        assertThat(result.criteria()).extracting(CriterionScore::criterionId, CriterionScore::points,
                CriterionScore::maxPoints).containsExactly(
                tuple("sourcing", 3, 4), tuple("attribution", 1, 3), tuple("safety", 0, 3));
        // 3 sourcing points reach the 2-point level, not the 4-point one
        assertThat(result.criteria().getFirst().level().in(Locale.ENGLISH)).isEqualTo("Some claims are sourced.");
        assertThat(result.criteria().get(1).level().in(Locale.FRENCH)).isEqualTo("Names indicators but overstates. (fr)");
        assertThat(result.criteria().get(2).title().in(Locale.ENGLISH)).isEqualTo("Title of safety");
        // (3 + 1 + 0) / 10
        assertThat(result.score()).isEqualTo(0.4);
        assertThat(result.comment()).isEmpty();
    }

    @Test
    void fullMarksScoreOneAndNoPointsScoreZero() {
        assertThat(grade(Map.of("sourcing", 4, "attribution", 3, "safety", 3), "").score()).isEqualTo(1.0);
        assertThat(grade(Map.of("sourcing", 0, "attribution", 0, "safety", 0), "").score()).isZero();
    }

    @Test
    void aLevelAbovePointsGivenLeavesTheCriterionWithoutADescriptor() {
        Criterion c = new Criterion("c", null, null, 5, java.util.List.of(
                new RubricLevel(2, org.tnracademy.exercises.LocalizedText.of("two", null))));
        assertThat(c.levelFor(1)).isNull();
        assertThat(c.levelFor(5).points()).isEqualTo(2);
    }

    @Test
    void gradesReadFromATreeScoreLikeTheSameGradeBuiltInJava() {
        InstructorGrade read = InstructorGrade.fromMap(SPEC, map("points", map("safety", 3, "sourcing", 2,
                "attribution", 3), "comment", "ok"));
        assertThat(grader.grade(SPEC, ANSWER, read))
                .isEqualTo(grade(Map.of("sourcing", 2, "attribution", 3, "safety", 3), "ok"));
    }

    private WrittenResult grade(Map<String, Integer> points, String comment) {
        return grader.grade(SPEC, ANSWER, InstructorGrade.of(SPEC, points, comment));
    }

    /** A criterion with levels given as alternating points and descriptors. */
    static Map<String, Object> criterion(String id, int maxPoints, Object... pointsAndDescriptors) {
        var levels = list();
        for (int i = 0; i < pointsAndDescriptors.length; i += 2) {
            levels.add(map("points", pointsAndDescriptors[i], "descriptor", text((String) pointsAndDescriptors[i + 1])));
        }
        return map("id", id, "title", text("Title of " + id), "description", text("What " + id + " assesses"),
                "maxPoints", maxPoints, "levels", levels);
    }
}

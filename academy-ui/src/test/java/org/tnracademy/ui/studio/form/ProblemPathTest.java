package org.tnracademy.ui.studio.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The steps of the paths the types name their problems with. */
class ProblemPathTest {

    @Test
    void namesAndIndexesAreSeparateSteps() {
        assertThat(ProblemPath.steps("questions[1].options[0].id"))
                .containsExactly("questions", "[1]", "options", "[0]", "id");
        assertThat(ProblemPath.steps("prompt.en")).containsExactly("prompt", "en");
        assertThat(ProblemPath.steps("")).isEmpty();
    }

    @Test
    void stepsJoinBackIntoThePath() {
        String path = "spec.criteria[2].levels[10].descriptor.fr";
        assertThat(ProblemPath.join(ProblemPath.steps(path))).isEqualTo(path);
    }

    @Test
    void onlyBracketedNumbersAreIndexes() {
        assertThat(ProblemPath.index("[12]")).isEqualTo(12);
        assertThat(ProblemPath.index("12")).isEqualTo(-1);
        assertThat(ProblemPath.index("[x]")).isEqualTo(-1);
        assertThat(ProblemPath.index("[]")).isEqualTo(-1);
    }

    @Test
    void anUnclosedBracketStaysPartOfTheName() {
        assertThat(ProblemPath.steps("items[3")).containsExactly("items[3");
    }
}

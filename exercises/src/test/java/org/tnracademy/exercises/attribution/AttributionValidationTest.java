package org.tnracademy.exercises.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.tnracademy.exercises.Trees.list;
import static org.tnracademy.exercises.Trees.map;
import static org.tnracademy.exercises.attribution.AttributionGraderTest.SPEC;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;

class AttributionValidationTest {

    @Test
    void everyMistakeOfASpecIsNamedWithItsPath() {
        assertThatThrownBy(() -> AttributionSpec.fromMap(map("accounts", list("@a_syn", "@a_syn", " @b", "x".repeat(65)))))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems()).containsExactly(
                        new SpecProblem("accounts[1]", "'@a_syn' appears twice"),
                        new SpecProblem("accounts[2]", "' @b' must not start or end with spaces"),
                        new SpecProblem("accounts[3]", "a handle has at most 64 characters, this one 65")));
        List<Object> many = new ArrayList<>(Collections.nCopies(501, "@a_syn"));
        assertThatThrownBy(() -> AttributionSpec.fromMap(map("accounts", many)))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("accounts: at most 500 accounts, not 501");
        assertThatThrownBy(() -> AttributionSpec.fromMap(map("acounts", list("@a_syn", "@b_syn"))))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("acounts");
    }

    @Test
    void aKeyNamesUnknownAndTwiceRunAccountsByPath() {
        assertThatThrownBy(() -> AttributionKey.fromMap(SPEC, map("operators", list(
                map("accounts", list("@ash_syn", "@zed_syn")), map("accounts", list("@ash_syn")), map("accounts", list())))))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems()).containsExactly(
                        new SpecProblem("operators[0].accounts[1]", "'@zed_syn' is not an account of the spec"),
                        new SpecProblem("operators[1].accounts[0]", "'@ash_syn' is run by another operator already"),
                        new SpecProblem("operators[2].accounts", "an operator runs at least one account")));
        assertThatThrownBy(() -> AttributionKey.fromMap(SPEC, map("operators", list())))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("operators: the key names no operator");
    }

    @Test
    void anAnswerNamesUnknownRepeatedAndEmptyEntriesByPathWithTheirCode() {
        assertThatThrownBy(() -> AttributionAnswer.fromMap(SPEC, map("groups", list(
                list("@ash_syn", "@nobody_syn", 7), list(), list("@birch_syn", "@ash_syn", " "), "x"))))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::where, AnswerProblem::code).containsExactly(
                                tuple("groups[0][1]", AnswerProblem.Code.UNKNOWN_ITEM),
                                tuple("groups[0][2]", AnswerProblem.Code.WRONG_TYPE),
                                tuple("groups[1]", AnswerProblem.Code.MISSING_VALUE),
                                tuple("groups[2][1]", AnswerProblem.Code.DUPLICATE_ITEM),
                                tuple("groups[2][2]", AnswerProblem.Code.MISSING_VALUE),
                                tuple("groups[3]", AnswerProblem.Code.WRONG_TYPE)));
        assertThatThrownBy(() -> AttributionAnswer.fromMap(SPEC, map("groups", list("@ash_syn"), "extra", 1)))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("extra");
        assertThat(AttributionAnswer.fromMap(SPEC, map("groups", list(list("@ash_syn", "@birch_syn"), list("@elm_syn"))))
                .groups()).hasSize(2);
    }

    @Test
    void oversizedListsAreRefusedBeforeTheyAreWalked() {
        List<Object> groups = new ArrayList<>(Collections.nCopies(7, list("@ash_syn")));
        assertThatThrownBy(() -> AttributionAnswer.fromMap(SPEC, map("groups", groups)))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::where, AnswerProblem::code)
                        .containsExactly(tuple("groups", AnswerProblem.Code.TOO_LARGE)));
        List<Object> long7 = new ArrayList<>(Collections.nCopies(7, "@ash_syn"));
        assertThatThrownBy(() -> AttributionAnswer.fromMap(SPEC, map("groups", list(long7))))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::where, AnswerProblem::code)
                        .containsExactly(tuple("groups[0]", AnswerProblem.Code.TOO_LARGE)));
    }

    @Test
    void anAnswerThatPutsNoTwoAccountsTogetherIsRefusedAsAnEmptyOne() {
        for (var tree : List.of(map(), map("groups", list(list("@ash_syn"), list("@birch_syn"))))) {
            assertThatThrownBy(() -> AttributionAnswer.fromMap(SPEC, tree))
                    .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems())
                            .extracting(AnswerProblem::where, AnswerProblem::code)
                            .containsExactly(tuple("groups", AnswerProblem.Code.MISSING_VALUE)));
        }
    }

    @Test
    void aKeyWhereNoOperatorRunsTwoAccountsIsRefused() {
        assertThatThrownBy(() -> AttributionKey.fromMap(SPEC, map("operators", list(map("accounts", list("@ash_syn"))))))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("no operator runs two accounts or more");
    }
}

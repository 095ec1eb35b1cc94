package org.tnracademy.exercises.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tnracademy.exercises.indicators.IndicatorsGrader;
import org.tnracademy.exercises.labelling.LabellingGrader;
import org.tnracademy.exercises.setselection.SetSelectionGrader;

/** The benchmarks' inputs stay valid and their expected counts agree with the graders. */
class BenchDataTest {

    @ParameterizedTest
    @ValueSource(ints = {10, 1000, 20000})
    void labellingInputsAreGradedAsGenerated(int items) {
        var data = BenchData.labelling(items);
        var result = new LabellingGrader().grade(data.spec(), data.key(), data.answer());
        assertThat(result.correctCount()).isEqualTo(data.correct());
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 1000, 20000})
    void setSelectionInputsAreGradedAsGenerated(int items) {
        var data = BenchData.setSelection(items);
        var result = new SetSelectionGrader().grade(data.spec(), data.key(), data.answer());
        assertThat(result.matched()).hasSize(data.matched());
        assertThat(result.missed()).hasSize(data.missed());
        assertThat(result.wronglyClaimed()).hasSize(data.wronglyClaimed());
        assertThat(result.score()).isBetween(0.0, 1.0);
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 1000, 20000})
    void indicatorInputsAreGradedAsGenerated(int items) {
        var data = BenchData.indicators(items);
        var result = new IndicatorsGrader().grade(data.spec(), data.key(), data.answer());
        assertThat(result.hits()).isEqualTo(data.hits());
        assertThat(result.lines()).hasSize(items);
    }
}

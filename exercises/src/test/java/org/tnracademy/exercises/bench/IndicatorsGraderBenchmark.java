package org.tnracademy.exercises.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tnracademy.exercises.indicators.IndicatorsAnswer;
import org.tnracademy.exercises.indicators.IndicatorsGrader;
import org.tnracademy.exercises.indicators.IndicatorsResult;

/**
 * Time to grade one indicator-matching answer over {@code items} log lines (8 indicators, ~5% of
 * the lines hits, ~3% decoys; ~80% of lines right, ~10% wrong, ~10% skipped). {@code grade}: the
 * grader on an answer already built; {@code submitAndGrade}: also builds the
 * {@link IndicatorsAnswer} from the submitted map (it copies the map).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IndicatorsGraderBenchmark {

    @Param({"1000", "10000", "100000", "1000000"})
    public int items;

    private final IndicatorsGrader grader = new IndicatorsGrader();
    private BenchData.Indicators data;

    @Setup(Level.Trial)
    public void setUp() {
        data = BenchData.indicators(items);
        // a wrong result would make fast figures worthless: check once per trial
        IndicatorsResult result = grader.grade(data.spec(), data.key(), data.answer());
        if (result.hits() != data.hits() || result.lines().size() != items) {
            throw new IllegalStateException("grader disagrees with the generated answer: " + result.hits()
                    + " hits, expected " + data.hits());
        }
    }

    @Benchmark
    public void grade(Blackhole bh) {
        bh.consume(grader.grade(data.spec(), data.key(), data.answer()));
    }

    @Benchmark
    public void submitAndGrade(Blackhole bh) {
        bh.consume(grader.grade(data.spec(), data.key(), new IndicatorsAnswer(data.submitted())));
    }
}

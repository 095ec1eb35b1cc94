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
import org.tnracademy.exercises.setselection.SetSelectionAnswer;
import org.tnracademy.exercises.setselection.SetSelectionGrader;
import org.tnracademy.exercises.setselection.SetSelectionResult;

/**
 * Time to grade one set-selection answer over {@code items} items (~10% of them the campaign; ~80%
 * of items right, ~10% wrong, ~10% left out). {@code grade}: the grader on an answer already built;
 * {@code submitAndGrade}: also builds the {@link SetSelectionAnswer} from the submitted list.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SetSelectionGraderBenchmark {

    @Param({"1000", "10000", "100000", "1000000"})
    public int items;

    private final SetSelectionGrader grader = new SetSelectionGrader();
    private BenchData.SetSelection data;

    @Setup(Level.Trial)
    public void setUp() {
        data = BenchData.setSelection(items);
        // a wrong result would make fast figures worthless: check once per trial
        SetSelectionResult result = grader.grade(data.spec(), data.key(), data.answer());
        if (result.matched().size() != data.matched() || result.missed().size() != data.missed()
                || result.wronglyClaimed().size() != data.wronglyClaimed()) {
            throw new IllegalStateException("grader disagrees with the generated answer: " + result.matched().size()
                    + "/" + result.missed().size() + "/" + result.wronglyClaimed().size() + ", expected "
                    + data.matched() + "/" + data.missed() + "/" + data.wronglyClaimed());
        }
    }

    @Benchmark
    public void grade(Blackhole bh) {
        bh.consume(grader.grade(data.spec(), data.key(), data.answer()));
    }

    @Benchmark
    public void submitAndGrade(Blackhole bh) {
        bh.consume(grader.grade(data.spec(), data.key(), new SetSelectionAnswer(data.submitted())));
    }
}

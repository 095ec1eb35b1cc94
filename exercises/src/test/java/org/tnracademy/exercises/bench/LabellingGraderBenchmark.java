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
import org.tnracademy.exercises.labelling.LabellingAnswer;
import org.tnracademy.exercises.labelling.LabellingGrader;
import org.tnracademy.exercises.labelling.LabellingResult;

/**
 * Time to grade one item-labelling answer of {@code items} items (5 labels, ~80% right, ~10% wrong,
 * ~10% unlabelled). Items per second = items / (ms/op / 1000).
 *
 * <ul>
 *   <li>{@code grade}: {@link LabellingGrader#grade} on an answer already built, the grader's own
 *       cost and the figure the goals are about;</li>
 *   <li>{@code submitAndGrade}: also builds the {@link LabellingAnswer} from the submitted map (it
 *       copies the map), the cost a submission sees end to end.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LabellingGraderBenchmark {

    @Param({"1000", "10000", "100000", "1000000"})
    public int items;

    private final LabellingGrader grader = new LabellingGrader();
    private BenchData.Labelling data;

    @Setup(Level.Trial)
    public void setUp() {
        data = BenchData.labelling(items);
        // a wrong result would make fast figures worthless: check once per trial
        LabellingResult result = grader.grade(data.spec(), data.key(), data.answer());
        if (result.itemCount() != items || result.correctCount() != data.correct()) {
            throw new IllegalStateException("grader disagrees with the generated answer: " + result.correctCount()
                    + " right of " + result.itemCount() + ", expected " + data.correct() + " of " + items);
        }
    }

    @Benchmark
    public void grade(Blackhole bh) {
        bh.consume(grader.grade(data.spec(), data.key(), data.answer()));
    }

    @Benchmark
    public void submitAndGrade(Blackhole bh) {
        bh.consume(grader.grade(data.spec(), data.key(), new LabellingAnswer(data.submitted())));
    }
}

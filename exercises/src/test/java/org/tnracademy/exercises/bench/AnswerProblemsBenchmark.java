package org.tnracademy.exercises.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.tnracademy.exercises.AnswerLimits;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.setselection.SelectionMetric;
import org.tnracademy.exercises.setselection.SetSelectionAnswer;
import org.tnracademy.exercises.setselection.SetSelectionSpec;
import org.tnracademy.exercises.spans.Post;
import org.tnracademy.exercises.spans.SpanCategory;
import org.tnracademy.exercises.spans.SpansAnswer;
import org.tnracademy.exercises.spans.SpansSpec;

/**
 * Time to refuse an answer with {@code problems} problems, which must grow linearly:
 * {@code unknownItems} reads a set-selection answer naming only unknown items (one problem each);
 * {@code treeProblems} reads a spans answer whose marks each have an unknown field and no category
 * (two problems each, found by the tree reader and checked against the span rules);
 * {@code limits} walks a labelling answer of {@code problems} items through {@link AnswerLimits}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AnswerProblemsBenchmark {

    @Param({"10000", "100000"})
    public int problems;

    private final SetSelectionSpec setSpec = SetSelectionSpec.of(List.of("acct-1", "acct-2"), SelectionMetric.F1);
    private final SpansSpec spansSpec = SpansSpec.of(List.of(new SpanCategory("address",
            LocalizedText.of("Address", "Adresse"))), List.of(new Post("post-001", "Mira lives at 14 Quay Lane.")), 0.5);
    private Map<String, Object> unknownItems;
    private Map<String, Object> badMarks;
    private Map<String, Object> labels;

    @Setup(Level.Trial)
    public void setUp() {
        List<String> chosen = new ArrayList<>(problems);
        for (int i = 0; i < problems; i++) {
            chosen.add("ghost-" + i);
        }
        unknownItems = Map.of("chosen", chosen);
        List<Map<String, Object>> spans = new ArrayList<>(problems / 2);
        for (int i = 0; i < problems / 2; i++) {
            Map<String, Object> span = new LinkedHashMap<>();
            span.put("post", "post-001");
            span.put("start", 0);
            span.put("end", 4);
            span.put("colour", "red");
            spans.add(span);
        }
        badMarks = Map.of("spans", spans);
        Map<String, Object> byItem = new LinkedHashMap<>();
        for (int i = 0; i < problems; i++) {
            byItem.put(BenchData.itemId(i), BenchData.LABELS.get(i % BenchData.LABELS.size()));
        }
        labels = Map.of("labels", byItem);
        // figures of a check that does not refuse would be worthless: check once per trial
        if (refused(() -> SetSelectionAnswer.fromMap(setSpec, unknownItems)) != problems
                || refused(() -> SpansAnswer.fromMap(spansSpec, badMarks)) != problems / 2 * 2) {
            throw new IllegalStateException("the answers were not refused with every problem counted");
        }
    }

    private static int refused(Runnable read) {
        try {
            read.run();
            return 0;
        } catch (InvalidAnswerException e) {
            return e.count();
        }
    }

    @Benchmark
    public int unknownItems() {
        return refused(() -> SetSelectionAnswer.fromMap(setSpec, unknownItems));
    }

    @Benchmark
    public int treeProblems() {
        return refused(() -> SpansAnswer.fromMap(spansSpec, badMarks));
    }

    @Benchmark
    public int limits() {
        return refused(() -> AnswerLimits.check(labels));
    }
}

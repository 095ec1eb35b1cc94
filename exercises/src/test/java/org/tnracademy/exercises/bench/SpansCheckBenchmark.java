package org.tnracademy.exercises.bench;

import java.util.ArrayList;
import java.util.List;
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
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.spans.GraphemeBoundaries;
import org.tnracademy.exercises.spans.MarkedSpan;
import org.tnracademy.exercises.spans.Post;
import org.tnracademy.exercises.spans.SpanCategory;
import org.tnracademy.exercises.spans.SpansAnswer;
import org.tnracademy.exercises.spans.SpansSpec;

/**
 * Time to check a spans answer against the characters a reader sees: {@code posts} posts of 2,037
 * UTF-16 units (1,575 grapheme clusters) each, mixing Arabic with harakat, Devanagari conjuncts,
 * decomposed accents, ZWJ emoji, flags, CJK and Hangul jamo, with a mark of 12 whole clusters every
 * 20 clusters (79 marks a post). {@code check} reads every post's boundaries once and looks up each mark's two
 * ends; {@code boundaries} is the segmentation alone. Both should grow linearly with {@code posts}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SpansCheckBenchmark {

    /** One phrase of every kind of cluster: 97 UTF-16 units, 75 clusters. */
    private static final String PHRASE = "ليلى مُحَمَّد ١٤ شارع الميناء क्षेत्र 7 Zoe\u0301 "
            + "\uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBB \uD83C\uDDEB\uD83C\uDDF7 林晓雯 \uD842\uDFB7田 "
            + "\u1112\u1161\u11AB @laila_h_syn +00 555 0147. ";

    @Param({"10", "100", "1000"})
    public int posts;

    private SpansSpec spec;
    private SpansAnswer answer;

    @Setup(Level.Trial)
    public void setUp() {
        String text = PHRASE.repeat(2_000 / PHRASE.length() + 1);
        List<Post> postList = new ArrayList<>(posts);
        List<MarkedSpan> marks = new ArrayList<>();
        GraphemeBoundaries clusters = GraphemeBoundaries.of(text);
        for (int p = 0; p < posts; p++) {
            String id = BenchData.itemId(p);
            // a separate String per post, as posts read from a pack are
            postList.add(new Post(id, new String(text.toCharArray())));
            for (int c = 0; c + 12 <= clusters.clusterCount(); c += 20) {
                marks.add(new MarkedSpan(id, clusters.offsetOfCluster(c), clusters.offsetOfCluster(c + 12),
                        "personal-data"));
            }
        }
        spec = SpansSpec.of(List.of(new SpanCategory("personal-data", LocalizedText.of("Personal data", null))),
                postList, SpansSpec.DEFAULT_MIN_OVERLAP);
        answer = new SpansAnswer(marks);
        // marks on whole clusters: a refused answer would make the figures worthless
        if (!answer.problemsAgainst(spec).isEmpty()) {
            throw new IllegalStateException("the generated marks are refused: " + answer.problemsAgainst(spec)
                    .getFirst());
        }
    }

    @Benchmark
    public void check(Blackhole bh) {
        bh.consume(answer.problemsAgainst(spec));
    }

    @Benchmark
    public void boundaries(Blackhole bh) {
        for (Post p : spec.posts()) {
            bh.consume(GraphemeBoundaries.of(p.text()));
        }
    }
}

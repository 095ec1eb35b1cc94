package org.tnracademy.exercises.spans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.SeededCases;

/**
 * Invariants of the span grader over 300 random specs, keys and answers, each generated from its
 * own fixed seed so a failure names the seed that reproduces it.
 */
class SpansGraderPropertiesTest {

    private final SpansGrader grader = new SpansGrader();

    record Case(long seed, SpansSpec spec, SpansKey key, List<MarkedSpan> answer) {
        @Override
        public String toString() {
            return "seed " + seed;
        }
    }

    static Stream<Case> cases() {
        return SeededCases.of(SpansGraderPropertiesTest::randomCase);
    }

    static Case randomCase(long seed) {
        Random random = new Random(seed);
        List<SpanCategory> categories = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
            categories.add(new SpanCategory("category-" + i, LocalizedText.of("c" + i, null)));
        }
        List<Post> posts = new ArrayList<>();
        List<KeySpan> keySpans = new ArrayList<>();
        List<MarkedSpan> answer = new ArrayList<>();
        for (int p = 0, n = 1 + random.nextInt(8); p < n; p++) {
            String id = "post-" + p;
            int length = 20 + random.nextInt(200);
            posts.add(new Post(id, "x".repeat(length)));
            // key spans: disjoint pieces of the text, so no two of a category overlap
            int at = random.nextInt(10);
            while (at < length - 2) {
                int end = Math.min(length, at + 1 + random.nextInt(20));
                if (random.nextInt(3) > 0) {
                    keySpans.add(new KeySpan(id, at, end, categories.get(random.nextInt(categories.size())).id(),
                            LocalizedText.of("why", null)));
                }
                at = end + random.nextInt(15);
            }
            answer.addAll(randomMarks(random, id, length, categories));
        }
        if (keySpans.isEmpty()) {
            keySpans.add(new KeySpan("post-0", 0, 1, categories.getFirst().id(), LocalizedText.of("why", null)));
        }
        // near misses of key spans: shifted edges, another category, or left out
        for (KeySpan k : keySpans) {
            int length = posts.get(Integer.parseInt(k.postId().substring(5))).text().length();
            int start = Math.max(0, k.start() + random.nextInt(5) - 2);
            int end = Math.min(length, Math.max(start + 1, k.end() + random.nextInt(5) - 2));
            String category = random.nextInt(5) == 0 ? categories.get(random.nextInt(categories.size())).id()
                    : k.category();
            if (random.nextInt(4) > 0) {
                answer.add(new MarkedSpan(k.postId(), start, end, category));
            }
        }
        SpansSpec spec = SpansSpec.of(categories, posts, 0.1 + 0.9 * random.nextDouble());
        return new Case(seed, spec, SpansKey.validated(spec, keySpans), withoutOverlaps(answer));
    }

    private static List<MarkedSpan> randomMarks(Random random, String post, int length, List<SpanCategory> categories) {
        List<MarkedSpan> marks = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            int start = random.nextInt(length - 1);
            marks.add(new MarkedSpan(post, start, start + 1 + random.nextInt(length - start),
                    categories.get(random.nextInt(categories.size())).id()));
        }
        return marks;
    }

    /** Drops each mark that overlaps an earlier one of its post and category: a learner may not send those. */
    private static List<MarkedSpan> withoutOverlaps(List<MarkedSpan> marks) {
        List<MarkedSpan> kept = new ArrayList<>();
        for (MarkedSpan m : marks) {
            boolean clash = kept.stream().anyMatch(k -> k.postId().equals(m.postId())
                    && k.category().equals(m.category()) && k.start() < m.end() && m.start() < k.end());
            if (!clash) {
                kept.add(m);
            }
        }
        return kept;
    }

    private SpansResult grade(Case c, List<MarkedSpan> marks) {
        return grader.grade(c.spec(), c.key(), new SpansAnswer(marks));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aPerfectAnswerScoresOneExactlyAndByOverlap(Case c) {
        List<MarkedSpan> perfect = c.key().spans().stream()
                .map(k -> new MarkedSpan(k.postId(), k.start(), k.end(), k.category())).toList();
        SpansResult result = grade(c, perfect);
        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.exact().f1()).isEqualTo(1.0);
        assertThat(result.keySpans()).allMatch(f -> f.outcome() == SpanOutcome.EXACT);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anEmptyAnswerScoresZero(Case c) {
        SpansResult result = grade(c, List.of());
        assertThat(result.score()).isEqualTo(0.0);
        assertThat(result.keySpans()).allMatch(f -> f.outcome() == SpanOutcome.MISSED);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyScoreLiesBetweenZeroAndOneAndExactNeverBeatsOverlap(Case c) {
        SpansResult result = grade(c, c.answer());
        assertThat(result.score()).isBetween(0.0, 1.0);
        assertThat(result.exact().f1()).isBetween(0.0, result.overlap().f1());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theOrderOfTheMarksDoesNotMatter(Case c) {
        List<MarkedSpan> shuffled = new ArrayList<>(c.answer());
        Collections.shuffle(shuffled, new Random(~c.seed()));
        assertThat(grade(c, shuffled)).isEqualTo(grade(c, c.answer()));
    }

    @Test
    void theSeededCasesGradeAsTheDigestCommittedFromAnotherRun() {
        assertThat(SeededCases.digest(cases().map(c -> grade(c, c.answer()))))
                .as("what the seeded cases grade to (see SeededCases.digest)")
                .isEqualTo("4ac4ce57f0053703a60eb53b0e0025f10ab5f28e45b591a35aee5396d16937b8");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aStricterMinimumOverlapNeverRaisesTheScore(Case c) {
        // greedy matching takes pairs by falling overlap, so a higher minimum only cuts off the last pairs
        double previous = 1.0;
        for (double minOverlap : new double[] {0.05, 0.3, 0.5, 0.8, 1.0}) {
            SpansSpec spec = new SpansSpec(c.spec().categories(), c.spec().posts(), minOverlap);
            double score = grader.grade(spec, c.key(), new SpansAnswer(c.answer())).score();
            assertThat(score).isLessThanOrEqualTo(previous);
            previous = score;
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void countsAddUp(Case c) {
        SpansResult r = grade(c, c.answer());
        for (SpanCounts counts : List.of(r.overlap(), r.exact())) {
            assertThat(counts.truePositives() + counts.falseNegatives()).isEqualTo(c.key().spans().size());
            assertThat(counts.truePositives() + counts.falsePositives()).isEqualTo(c.answer().size());
        }
        assertThat(r.unmatchedMarks()).hasSize(r.overlap().falsePositives());
        assertThat(r.perCategory().stream().mapToInt(CategoryMetrics::support).sum()).isEqualTo(r.keySpans().size());
        assertThat(r.perCategory().stream().mapToInt(CategoryMetrics::truePositives).sum())
                .isEqualTo(r.overlap().truePositives());
    }
}

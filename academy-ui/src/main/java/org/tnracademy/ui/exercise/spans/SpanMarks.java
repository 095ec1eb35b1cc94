package org.tnracademy.ui.exercise.spans;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tnracademy.exercises.spans.GraphemeBoundaries;
import org.tnracademy.exercises.spans.MarkedSpan;
import org.tnracademy.exercises.spans.Post;
import org.tnracademy.exercises.spans.SpansSpec;

/**
 * The learner's marks, kept in post order. Offsets are UTF-16 code units, as the spans type counts
 * them. A mark is added only when the spans type would accept it (inside the text, both ends
 * between the characters a reader sees, no overlap with a mark of the same post and category), so
 * the answer is never refused.
 */
final class SpanMarks {

    /** Why a mark was not added, in the words of the i18n bundle. */
    enum Refusal { OUTSIDE_TEXT, EMPTY, CUTS_CHARACTER, OVERLAPS, UNKNOWN_CATEGORY }

    private final SpansSpec spec;
    private final Map<String, Integer> postIndex = new HashMap<>();
    private final List<MarkedSpan> marks = new ArrayList<>();
    /** Drawn once per post, when it is first shown or marked. */
    private final Map<String, GraphemeBoundaries> clusters = new HashMap<>();

    SpanMarks(SpansSpec spec) {
        this.spec = spec;
        for (int i = 0; i < spec.posts().size(); i++) {
            postIndex.put(spec.posts().get(i).id(), i);
        }
    }

    /** Empty when added; otherwise why not. */
    Optional<Refusal> add(String postId, int start, int end, String category) {
        Post post = spec.postsById().get(postId);
        if (category == null || !spec.categoryIds().contains(category)) {
            return Optional.of(Refusal.UNKNOWN_CATEGORY);
        }
        if (post == null || start < 0 || end > post.text().length()) {
            return Optional.of(Refusal.OUTSIDE_TEXT);
        }
        if (start >= end) {
            return Optional.of(Refusal.EMPTY);
        }
        GraphemeBoundaries boundaries = clustersOf(post);
        if (!boundaries.isBoundary(start) || !boundaries.isBoundary(end)) {
            return Optional.of(Refusal.CUTS_CHARACTER);
        }
        boolean overlaps = marks.stream().anyMatch(m -> m.postId().equals(postId) && m.category().equals(category)
                && m.start() < end && start < m.end());
        if (overlaps) {
            return Optional.of(Refusal.OVERLAPS);
        }
        marks.add(new MarkedSpan(postId, start, end, category));
        marks.sort(Comparator.<MarkedSpan>comparingInt(m -> postIndex.get(m.postId()))
                .thenComparingInt(MarkedSpan::start).thenComparingInt(MarkedSpan::end)
                .thenComparing(MarkedSpan::category));
        return Optional.empty();
    }

    void remove(MarkedSpan mark) {
        marks.remove(mark);
    }

    List<MarkedSpan> all() {
        return List.copyOf(marks);
    }

    List<MarkedSpan> of(String postId) {
        return marks.stream().filter(m -> m.postId().equals(postId)).toList();
    }

    long countOf(String postId) {
        return marks.stream().filter(m -> m.postId().equals(postId)).count();
    }

    boolean isEmpty() {
        return marks.isEmpty();
    }

    /** Where the characters a reader sees begin and end in the post: what a selection snaps to. */
    GraphemeBoundaries clustersOf(Post post) {
        return clusters.computeIfAbsent(post.id(), id -> GraphemeBoundaries.of(post.text()));
    }
}

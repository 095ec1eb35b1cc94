package org.tnracademy.exercises.spans;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.ReadProblem;
import org.tnracademy.exercises.Checks;
import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.TreeReader;

/**
 * A span-extraction exercise: the categories a learner can mark, in the order they see them, the
 * posts to mark, and how much a marked span must overlap a key span to count (Jaccard of the two
 * character ranges, in (0, 1]).
 */
public record SpansSpec(List<SpanCategory> categories, List<Post> posts, double minOverlap) {

    public static final double DEFAULT_MIN_OVERLAP = 0.5;

    public SpansSpec {
        categories = Copies.list(categories);
        posts = Copies.list(posts);
    }

    /** A checked spec: at least one category and one post, ids unique, minOverlap in (0, 1]. */
    public static SpansSpec of(List<SpanCategory> categories, List<Post> posts, double minOverlap) {
        List<SpecProblem> problems = problemsOf(categories, posts, minOverlap);
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new SpansSpec(categories, posts, minOverlap);
    }

    /**
     * Reads {@code categories: [{id, title: {en, ...}}], posts: [{id, text}], minOverlap: 0.5}
     * (minOverlap optional), reporting every problem with its path.
     */
    public static SpansSpec fromMap(Map<String, Object> map) {
        TreeReader in = TreeReader.of(map);
        List<SpanCategory> categories = new ArrayList<>();
        for (TreeReader c : in.objects("categories")) {
            categories.add(new SpanCategory(c.text("id"), c.localized("title")));
        }
        List<Post> posts = new ArrayList<>();
        for (TreeReader p : in.objects("posts")) {
            posts.add(new Post(p.text("id"), p.text("text")));
        }
        double minOverlap = in.optionalNumber("minOverlap", DEFAULT_MIN_OVERLAP);
        in.failOnSpecProblems(problemsOf(categories, posts, minOverlap));
        return new SpansSpec(categories, posts, minOverlap);
    }

    /** Posts by id, in spec order. */
    public Map<String, Post> postsById() {
        Map<String, Post> byId = new LinkedHashMap<>();
        posts.forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    public List<String> categoryIds() {
        return categories.stream().map(SpanCategory::id).toList();
    }

    static List<SpecProblem> problemsOf(List<SpanCategory> categories, List<Post> posts, double minOverlap) {
        List<SpecProblem> problems = new ArrayList<>();
        if (categories == null || categories.isEmpty()) {
            problems.add(SpecProblem.of("categories", "at least one category is required", CheckProblem.NONE_GIVEN));
        } else {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < categories.size(); i++) {
                SpanCategory c = categories.get(i);
                String field = "categories[" + i + "]";
                if (c == null) {
                    problems.add(SpecProblem.of(field, "is required", ReadProblem.REQUIRED));
                    continue;
                }
                Checks.id(c.id(), field + ".id", ids, problems);
                Checks.text(c.title(), field + ".title", problems);
            }
        }
        if (posts == null || posts.isEmpty()) {
            problems.add(SpecProblem.of("posts", "at least one post is required", CheckProblem.NONE_GIVEN));
        } else {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < posts.size(); i++) {
                Post p = posts.get(i);
                String field = "posts[" + i + "]";
                if (p == null) {
                    problems.add(SpecProblem.of(field, "is required", ReadProblem.REQUIRED));
                    continue;
                }
                Checks.itemId(p.id(), field + ".id", ids, problems);
                if (p.text() == null) {
                    problems.add(SpecProblem.of(field + ".text", "is required", ReadProblem.REQUIRED));
                }
            }
        }
        if (!(minOverlap > 0 && minOverlap <= 1)) {
            problems.add(SpecProblem.of("minOverlap", minOverlap + " must be more than 0 and at most 1",
                    SpansProblem.MIN_OVERLAP, minOverlap));
        }
        return problems;
    }
}

package org.tnracademy.exercises.spans;

import static org.tnracademy.exercises.PlainTree.path;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.PlainTree;

/**
 * A span-extraction exercise: the categories a learner can mark, in the order they see them, the
 * posts to mark, and how much a marked span must overlap a key span to count (Jaccard of the two
 * character ranges, in (0, 1]).
 */
public record SpansSpec(List<SpanCategory> categories, List<Post> posts, double minOverlap) {

    public static final double DEFAULT_MIN_OVERLAP = 0.5;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> FIELDS = Set.of("categories", "posts", "minOverlap");

    public SpansSpec {
        categories = List.copyOf(categories);
        posts = List.copyOf(posts);
    }

    /** A checked spec: at least one category and one post, ids unique, minOverlap in (0, 1]. */
    public static SpansSpec of(List<SpanCategory> categories, List<Post> posts, double minOverlap) {
        PlainTree tree = new PlainTree("spec");
        check(tree, tree.given(categories, "categories"), tree.given(posts, "posts"), minOverlap);
        tree.throwAsSpecProblems();
        return new SpansSpec(categories, posts, minOverlap);
    }

    /**
     * Reads {@code categories: [{id, title: {en, ...}}], posts: [{id, text}], minOverlap: 0.5}
     * (minOverlap optional), reporting every problem with its path.
     */
    public static SpansSpec fromMap(Map<String, Object> map) {
        PlainTree tree = new PlainTree("spec");
        Map<String, Object> root = tree.fields(map, "", FIELDS);
        List<SpanCategory> categories = null;
        List<Post> posts = null;
        Double minOverlap = null;
        if (root != null) {
            categories = tree.items(root.get("categories"), "categories", SpansSpec::readCategory);
            posts = tree.items(root.get("posts"), "posts", SpansSpec::readPost);
            minOverlap = tree.optionalNumber(root.get("minOverlap"), "minOverlap", DEFAULT_MIN_OVERLAP);
        }
        check(tree, categories, posts, minOverlap);
        tree.throwAsSpecProblems();
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

    private static SpanCategory readCategory(PlainTree tree, Object node, String at) {
        Map<String, Object> fields = tree.fields(node, at, Set.of("id", "title"));
        if (fields == null) {
            return null;
        }
        String id = tree.string(fields.get("id"), path(at, "id"));
        LocalizedText title = tree.localizedText(fields.get("title"), path(at, "title"));
        return id == null || title == null ? null : new SpanCategory(id, title);
    }

    private static Post readPost(PlainTree tree, Object node, String at) {
        Map<String, Object> fields = tree.fields(node, at, Set.of("id", "text"));
        if (fields == null) {
            return null;
        }
        String id = tree.string(fields.get("id"), path(at, "id"));
        String text = tree.anyString(fields.get("text"), path(at, "text"));
        return id == null || text == null ? null : new Post(id, text);
    }

    /** Rules beyond types. A null list, item or value could not be read, is already reported, and is skipped. */
    private static void check(PlainTree tree, List<SpanCategory> categories, List<Post> posts, Double minOverlap) {
        if (categories != null) {
            if (categories.isEmpty()) {
                tree.problem("categories", Code.MISSING_VALUE, "at least one category is required");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < categories.size(); i++) {
                SpanCategory c = categories.get(i);
                String at = path("categories", i);
                if (c == null) {
                    continue;
                }
                if (c.id() == null || c.title() == null) {
                    tree.problem(at, Code.MISSING_VALUE, "needs an id and a title");
                } else if (!c.title().byLanguage().containsKey(LocalizedText.FALLBACK)) {
                    tree.problem(path(at, "title"), Code.MISSING_VALUE, "an English text ('en') is required");
                } else if (!ID.matcher(c.id()).matches()) {
                    tree.problem(path(at, "id"), Code.WRONG_TYPE,
                            "'" + c.id() + "' must use lower-case letters, digits and '-'");
                } else if (!seen.add(c.id())) {
                    tree.problem(path(at, "id"), Code.DUPLICATE_ITEM, "'" + c.id() + "' appears twice");
                }
            }
        }
        if (posts != null) {
            if (posts.isEmpty()) {
                tree.problem("posts", Code.MISSING_VALUE, "at least one post is required");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < posts.size(); i++) {
                Post p = posts.get(i);
                String at = path("posts", i);
                if (p == null) {
                    continue;
                }
                if (p.id() == null || p.id().isBlank() || p.text() == null) {
                    tree.problem(at, Code.MISSING_VALUE, "needs an id and a text");
                } else if (!seen.add(p.id())) {
                    tree.problem(path(at, "id"), Code.DUPLICATE_ITEM, "'" + p.id() + "' appears twice");
                }
            }
        }
        if (minOverlap != null && !(minOverlap > 0 && minOverlap <= 1)) {
            tree.problem("minOverlap", Code.OUT_OF_RANGE, "must be more than 0 and at most 1, not " + minOverlap);
        }
    }
}

package org.tnracademy.exercises.written;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.ReadProblem;
import org.tnracademy.exercises.Checks;
import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.TreeReader;

/**
 * A written-analysis exercise: the rubric learners see before they write (criteria in order) and
 * the longest text they may submit, in characters (code points).
 */
public record WrittenSpec(List<Criterion> criteria, int maxLength) {

    public static final int DEFAULT_MAX_LENGTH = 10_000;
    public static final int MAX_MAX_LENGTH = 50_000;
    public static final int MAX_POINTS_PER_CRITERION = 100;

    public WrittenSpec {
        criteria = Copies.list(criteria);
    }

    /**
     * A checked spec: at least one criterion, ids unique, each with a title, a description,
     * between 1 and 100 points and at least one level; levels worth distinct points within
     * 0..max, each described; a maximum length between 1 and 50,000.
     */
    public static WrittenSpec of(List<Criterion> criteria, int maxLength) {
        List<SpecProblem> problems = problemsOf(criteria, maxLength);
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new WrittenSpec(criteria, maxLength);
    }

    /**
     * Reads a spec from a parsed tree: {@code {maxLength?, criteria: [{id, title, description,
     * maxPoints, levels: [{points, descriptor}]}]}}.
     */
    public static WrittenSpec fromMap(Map<String, Object> map) {
        TreeReader in = TreeReader.of(map);
        List<Criterion> criteria = new ArrayList<>();
        for (TreeReader c : in.objects("criteria")) {
            List<RubricLevel> levels = new ArrayList<>();
            for (TreeReader l : c.objects("levels")) {
                Integer points = l.integer("points");
                // -1 stands for unreadable points: reported by the reader, then dropped as a duplicate path
                levels.add(new RubricLevel(points == null ? -1 : points, l.localized("descriptor")));
            }
            Integer maxPoints = c.integer("maxPoints");
            criteria.add(new Criterion(c.text("id"), c.localized("title"), c.localized("description"),
                    maxPoints == null ? 0 : maxPoints, levels));
        }
        int maxLength = in.optionalInteger("maxLength", DEFAULT_MAX_LENGTH);
        in.failOnSpecProblems(problemsOf(criteria, maxLength));
        return new WrittenSpec(criteria, maxLength);
    }

    /** The criterion with this id, or null. */
    public Criterion criterion(String id) {
        return criteria.stream().filter(c -> Objects.equals(c.id(), id)).findFirst().orElse(null);
    }

    /** The most points the rubric can give: at least 1 in a checked spec. */
    public int totalMaxPoints() {
        return criteria.stream().mapToInt(Criterion::maxPoints).sum();
    }

    static List<SpecProblem> problemsOf(List<Criterion> criteria, int maxLength) {
        List<SpecProblem> problems = new ArrayList<>();
        if (criteria == null || criteria.isEmpty()) {
            problems.add(SpecProblem.of("criteria", "at least one criterion is required", CheckProblem.NONE_GIVEN));
        } else {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < criteria.size(); i++) {
                checkCriterion(criteria.get(i), "criteria[" + i + "]", ids, problems);
            }
        }
        if (maxLength < 1 || maxLength > MAX_MAX_LENGTH) {
            problems.add(SpecProblem.of("maxLength", maxLength + " must be between 1 and " + MAX_MAX_LENGTH,
                    CheckProblem.BETWEEN, maxLength, 1, MAX_MAX_LENGTH));
        }
        return problems;
    }

    private static void checkCriterion(Criterion c, String field, Set<String> ids, List<SpecProblem> problems) {
        if (c == null) {
            problems.add(SpecProblem.of(field, "is required", ReadProblem.REQUIRED));
            return;
        }
        Checks.id(c.id(), field + ".id", ids, problems);
        Checks.text(c.title(), field + ".title", problems);
        Checks.text(c.description(), field + ".description", problems);
        if (c.maxPoints() < 1 || c.maxPoints() > MAX_POINTS_PER_CRITERION) {
            problems.add(SpecProblem.of(field + ".maxPoints",
                    c.maxPoints() + " must be between 1 and " + MAX_POINTS_PER_CRITERION,
                    CheckProblem.BETWEEN, c.maxPoints(), 1, MAX_POINTS_PER_CRITERION));
        }
        if (c.levels().isEmpty()) {
            problems.add(SpecProblem.of(field + ".levels", "at least one level is required", CheckProblem.NONE_GIVEN));
        }
        Set<Integer> points = new HashSet<>();
        for (int j = 0; j < c.levels().size(); j++) {
            RubricLevel level = c.levels().get(j);
            String at = field + ".levels[" + j + "]";
            if (level == null) {
                problems.add(SpecProblem.of(at, "is required", ReadProblem.REQUIRED));
                continue;
            }
            // against an invalid maximum, already reported, only negative points are a further mistake
            int max = c.maxPoints() >= 1 ? c.maxPoints() : Integer.MAX_VALUE;
            if (level.points() < 0 || level.points() > max) {
                problems.add(SpecProblem.of(at + ".points", level.points() + " must be between 0 and the criterion's "
                        + c.maxPoints() + " points", CheckProblem.BETWEEN, level.points(), 0, c.maxPoints()));
            } else if (!points.add(level.points())) {
                problems.add(SpecProblem.of(at + ".points", "another level is already worth " + level.points(),
                        WrittenProblem.POINTS_TWICE, level.points()));
            }
            Checks.text(level.descriptor(), at + ".descriptor", problems);
        }
    }
}

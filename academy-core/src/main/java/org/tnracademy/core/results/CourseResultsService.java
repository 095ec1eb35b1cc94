package org.tnracademy.core.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.cohort.VisibleLearner;
import org.tnracademy.core.cohort.VisibleLearners;
import org.tnracademy.core.progress.ExerciseStanding;
import org.tnracademy.core.progress.ProgressService;

/**
 * Results of one course for the people who teach it and follow its cohorts; never for learners. A
 * cohort manager reads only the learners of their own cohorts.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('COHORT_MANAGER', 'INSTRUCTOR', 'ADMIN')")
public class CourseResultsService {

    /** The largest page a caller may ask for: keeps one request's work bounded. */
    public static final int MAX_PAGE = 500;

    private final CatalogService catalog;
    private final VisibleLearners visible;
    private final ProgressService progress;

    CourseResultsService(CatalogService catalog, VisibleLearners visible, ProgressService progress) {
        this.catalog = catalog;
        this.visible = visible;
        this.progress = progress;
    }

    /**
     * The course's results for learners {@code offset} to {@code offset + limit - 1} (by name).
     *
     * @return empty when there is no course with this id
     * @throws IllegalArgumentException when offset is negative or limit is not within 1 to {@link #MAX_PAGE}
     */
    public Optional<CourseResults> of(long courseId, int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, was " + offset);
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE + ", was " + limit);
        }
        return catalog.outline(courseId).map(course -> results(course, offset, limit));
    }

    private CourseResults results(CourseOutline course, int offset, int limit) {
        List<CourseResults.ExerciseColumn> exercises = course.steps().stream()
                .filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE)
                .map(s -> new CourseResults.ExerciseColumn(s.id(), s.slug(), s.title(), s.exerciseType(),
                        s.maxAttempts()))
                .toList();
        Set<Long> inCourse = exercises.stream().map(CourseResults.ExerciseColumn::exerciseId)
                .collect(Collectors.toSet());
        List<VisibleLearner> learners = visible.page(offset, limit);
        Map<Long, List<CourseResults.ExerciseResult>> byLearner = new HashMap<>();
        for (ExerciseStanding s : progress.standingsOf(learners.stream().map(VisibleLearner::id).toList())) {
            if (inCourse.contains(s.exerciseId())) {
                byLearner.computeIfAbsent(s.learnerId(), k -> new ArrayList<>())
                        .add(new CourseResults.ExerciseResult(s.exerciseId(), s.attempts(), s.bestScore(),
                                s.lastScore(), s.lastAttemptAt()));
            }
        }
        List<CourseResults.LearnerResults> lines = learners.stream()
                .map(l -> new CourseResults.LearnerResults(l.id(), l.username(), l.displayName(),
                        byLearner.getOrDefault(l.id(), List.of()).stream()
                                .sorted(Comparator.comparingLong(CourseResults.ExerciseResult::exerciseId)).toList()))
                .toList();
        return new CourseResults(course.id(), course.slug(), course.title(), exercises, offset,
                visible.count(), lines);
    }
}

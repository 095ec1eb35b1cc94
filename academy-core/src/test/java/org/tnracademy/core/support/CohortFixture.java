package org.tnracademy.core.support;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.cohort.CohortDetails;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.grading.GradingService;

/**
 * A cohort on the all-types test course with its own manager and learners, each test its own
 * (names carry a random tag), and helpers to submit answers as one of its learners.
 */
public final class CohortFixture {

    public final String tag = UUID.randomUUID().toString().substring(0, 8);
    public final String manager = "cm-" + tag;
    public final long cohortId;
    public final long courseId;
    /** Exercise id by slug, for the all-types course. */
    public final Map<String, Long> exercises = new LinkedHashMap<>();
    private final Map<String, Long> learnerIds = new LinkedHashMap<>();
    private final GradingService grading;
    private final CohortService cohorts;
    private final AccountProvisioning provisioning;

    public CohortFixture(CohortService cohorts, CatalogService catalog, GradingService grading,
                         AccountProvisioning provisioning) {
        this.grading = grading;
        this.cohorts = cohorts;
        this.provisioning = provisioning;
        provisioning.ensure(manager, "Cohort Manager " + tag, "long-enough-pw", EnumSet.of(Role.COHORT_MANAGER));
        SignedIn.as(manager, Role.COHORT_MANAGER);
        CourseOutline course = catalog.outlines().stream().filter(o -> o.slug().equals(AllTypesPack.SLUG))
                .findFirst().orElseThrow();
        courseId = course.id();
        course.steps().stream().filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE)
                .forEach(s -> exercises.put(s.slug(), s.id()));
        cohortId = cohorts.create(new CohortDetails("Cohort " + tag, LocalDate.of(2026, 2, 2),
                LocalDate.of(2026, 6, 26), Set.of(courseId))).id();
    }

    /** Creates a learner (display name as given, username derived) and enrols them; returns the username. */
    public String learner(String displayName) {
        return learner(displayName.toLowerCase().replaceAll("[^a-z0-9]+", "-"), displayName);
    }

    /** A learner whose display name gives no user name of its own (a name in another script). */
    public String learner(String usernameStem, String displayName) {
        String username = usernameStem + "-" + tag;
        provisioning.ensure(username, displayName, "long-enough-pw", EnumSet.of(Role.LEARNER));
        SignedIn.as(manager, Role.COHORT_MANAGER);
        learnerIds.put(username, cohorts.enrol(cohortId, username).learnerId());
        return username;
    }

    /**
     * A second cohort on the same course, from 20 days ago to {@code days} from today (UTC), with
     * the learner enrolled in it as well: a due date near. Returns the cohort's id.
     */
    public long alsoInCohortEndingIn(String username, int days) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        SignedIn.as(manager, Role.COHORT_MANAGER);
        long id = cohorts.create(new CohortDetails("Ends in " + days + " days " + tag, today.minusDays(20),
                today.plusDays(days), Set.of(courseId))).id();
        cohorts.enrol(id, username);
        return id;
    }

    public long idOf(String username) {
        return learnerIds.get(username);
    }

    /** Submits an answer to an exercise of the course as that learner, then signs the manager back in. */
    public void submit(String username, String exerciseSlug, Map<String, Object> answer) {
        SignedIn.as(username, Role.LEARNER);
        long exercise = exercises.get(exerciseSlug);
        grading.start(exercise);
        grading.submit(exercise, answer, UUID.randomUUID().toString());
        SignedIn.as(manager, Role.COHORT_MANAGER);
    }

    /** The answer that scores full marks on an exercise, by slug. */
    public static Map<String, Object> perfect(String slug) {
        return AllTypesPack.keyAnswer(typeOf(slug));
    }

    public static Map<String, Object> partial(String slug) {
        return AllTypesPack.partialAnswer(typeOf(slug));
    }

    private static String typeOf(String slug) {
        return AllTypesPack.EXERCISE_OF_TYPE.entrySet().stream().filter(e -> e.getValue().equals(slug))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no type has exercise " + slug));
    }
}

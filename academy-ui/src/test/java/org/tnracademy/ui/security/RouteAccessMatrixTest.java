package org.tnracademy.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tnracademy.ui.security.RouteAccessMatrixTest.Who.ADMIN;
import static org.tnracademy.ui.security.RouteAccessMatrixTest.Who.ANONYMOUS;
import static org.tnracademy.ui.security.RouteAccessMatrixTest.Who.COHORT_MANAGER;
import static org.tnracademy.ui.security.RouteAccessMatrixTest.Who.INSTRUCTOR;
import static org.tnracademy.ui.security.RouteAccessMatrixTest.Who.LEARNER;

import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every view route (found by scanning for {@code @Route}, so a new view fails this test until its
 * row is added to {@link #POLICY}) against every role and an anonymous visitor, judged by Vaadin's
 * own reading of the access annotations, the one its navigation guard uses.
 */
class RouteAccessMatrixTest {

    enum Who { ANONYMOUS, LEARNER, INSTRUCTOR, COHORT_MANAGER, ADMIN }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.of(LEARNER, INSTRUCTOR, COHORT_MANAGER, ADMIN);

    /** Route template to the visitors allowed in. */
    static final Map<String, Set<Who>> POLICY = new TreeMap<>(Map.ofEntries(
            Map.entry("", SIGNED_IN),
            Map.entry("courses", EnumSet.of(LEARNER)),
            Map.entry("courses/:courseId", EnumSet.of(LEARNER)),
            Map.entry("lessons/:lessonId", EnumSet.of(LEARNER)),
            Map.entry("exercises/:exerciseId", EnumSet.of(LEARNER)),
            Map.entry("progress", EnumSet.of(LEARNER)),
            Map.entry("instructor/courses", EnumSet.of(INSTRUCTOR)),
            Map.entry("instructor/review", EnumSet.of(INSTRUCTOR)),
            Map.entry("instructor/exercises/:exerciseId/key", EnumSet.of(INSTRUCTOR)),
            Map.entry("instructor/exercises/:exerciseId/preview", EnumSet.of(INSTRUCTOR)),
            Map.entry("instructor/exercises/:exerciseId/calibrate", EnumSet.of(INSTRUCTOR)),
            Map.entry("instructor/lessons/:lessonId/edit", EnumSet.of(INSTRUCTOR)),
            Map.entry("instructor/courses/:courseId/edit", EnumSet.of(INSTRUCTOR)),
            Map.entry("instructor/courses/:courseId/exercises/:slug/edit", EnumSet.of(INSTRUCTOR)),
            Map.entry("instructor/courses/:courseId/exercises/:slug/preview", EnumSet.of(INSTRUCTOR)),
            Map.entry("cohort/gradebook", EnumSet.of(COHORT_MANAGER, ADMIN)),
            Map.entry("cohorts", EnumSet.of(COHORT_MANAGER, INSTRUCTOR, ADMIN)),
            Map.entry("cohorts/:cohortId", EnumSet.of(COHORT_MANAGER, ADMIN)),
            Map.entry("cohorts/:cohortId/gradebook", EnumSet.of(COHORT_MANAGER, ADMIN)),
            Map.entry("cohorts/:cohortId/items", EnumSet.of(COHORT_MANAGER, INSTRUCTOR, ADMIN)),
            Map.entry("cohorts/:cohortId/dashboard", EnumSet.of(COHORT_MANAGER, INSTRUCTOR, ADMIN)),
            Map.entry("admin/accounts", EnumSet.of(ADMIN)),
            Map.entry("admin/audit", EnumSet.of(ADMIN)),
            Map.entry("admin/certificates", EnumSet.of(ADMIN)),
            Map.entry("admin/lti", EnumSet.of(ADMIN)),
            Map.entry("lti/deep-linking", EnumSet.of(INSTRUCTOR)),
            Map.entry("notifications", EnumSet.of(LEARNER)),
            // a certificate's public verification page: whoever holds its id
            Map.entry("verify/:id?", EVERYONE),
            Map.entry("account/password", SIGNED_IN)));

    private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

    @Test
    void everyRouteHasARowAndEveryRowARoute() {
        assertThat(routes().keySet()).containsExactlyInAnyOrderElementsOf(POLICY.keySet());
    }

    static Stream<Arguments> visits() {
        List<Arguments> visits = new ArrayList<>();
        routes().forEach((path, view) -> {
            for (Who who : Who.values()) {
                visits.add(Arguments.of(path, who, view));
            }
        });
        return visits.stream();
    }

    @ParameterizedTest(name = "/{0} as {1}")
    @MethodSource("visits")
    void eachVisitorIsLetInOrRefusedAsThePolicySays(String path, Who who, Class<?> view) {
        Set<Who> allowed = POLICY.get(path);
        assertThat(allowed).as("policy row for /" + path).isNotNull();
        Principal principal = who == ANONYMOUS ? null : () -> who.name().toLowerCase();
        boolean admitted = checker.hasAccess(view, principal, role -> who != ANONYMOUS && role.equals(who.name()));
        assertThat(admitted).as("/" + path + " (" + view.getSimpleName() + ") as " + who)
                .isEqualTo(allowed.contains(who));
    }

    /** Route template to view class, for every {@code @Route} in the academy. */
    static Map<String, Class<?>> routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> routes = new TreeMap<>();
        for (var candidate : scanner.findCandidateComponents("org.tnracademy")) {
            try {
                Class<?> view = Class.forName(candidate.getBeanClassName());
                Class<?> previous = routes.put(view.getAnnotation(Route.class).value(), view);
                assertThat(previous).as("two views for one route").isNull();
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(routes).as("routes found by scanning").isNotEmpty();
        return routes;
    }
}

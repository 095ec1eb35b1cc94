package org.tnracademy.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.cohort.CohortDetails;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.support.CohortFixture;
import org.tnracademy.core.support.SignedIn;

/**
 * The per-cohort rules of method security, each method that names one called both ways on cohorts
 * that exist: its own cohort manager is let through, the manager of another government's cohort is
 * refused, and so on for instructors, administrators and learners as the rule says. The matrix of
 * roles ({@link MethodSecurityMatrixTest}) calls these methods on a cohort that does not exist,
 * which every cohort manager may ask about, so it cannot see whether the rule looks at the cohort.
 * Methods are found by scanning: a new rule fails this test until it is described in {@link #RULES},
 * and a method taking a cohort id with a role-only guard fails it too.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CohortRuleMatrixTest {

    /** Callers, as seen from cohort A: its manager, another cohort's manager, and the roles that manage none. */
    enum Caller { OWN_MANAGER, OTHER_MANAGER, INSTRUCTOR, ADMIN, LEARNER }

    /** Each cohort rule of the core (the guard's text) to the callers it lets act on cohort A. */
    static final Map<String, Set<Caller>> RULES = Map.of(
            "@cohortAccess.mayManage(#cohortId)", EnumSet.of(Caller.OWN_MANAGER, Caller.ADMIN),
            "@cohortAccess.mayRead(#cohortId)", EnumSet.of(Caller.OWN_MANAGER, Caller.ADMIN, Caller.INSTRUCTOR),
            "@cohortAccess.mayManage(#fromCohortId) and @cohortAccess.mayManage(#toCohortId)",
            EnumSet.of(Caller.OWN_MANAGER, Caller.ADMIN));

    private static final Pattern PARAMETER = Pattern.compile("#(\\w+)");

    @Autowired
    ApplicationContext context;
    @Autowired
    CohortService cohorts;
    @Autowired
    CatalogService catalog;
    @Autowired
    GradingService grading;
    @Autowired
    AccountProvisioning provisioning;

    private String ownManager;
    private String otherManager;
    private String instructor;
    private String admin;
    private String learner;
    /** Cohorts A and A2 are managed by the own manager, B by the other. */
    private long cohortA;
    private long cohortA2;
    private long cohortB;

    @BeforeAll
    void twoManagersAndTheirCohorts() {
        CohortFixture a = new CohortFixture(cohorts, catalog, grading, provisioning);
        ownManager = a.manager;
        cohortA = a.cohortId;
        cohortA2 = cohorts.create(new CohortDetails("Cohort A2 " + a.tag, LocalDate.of(2026, 2, 2),
                LocalDate.of(2026, 6, 26), Set.of(a.courseId))).id();
        otherManager = "rule-cmb-" + a.tag;
        instructor = "rule-ins-" + a.tag;
        admin = "rule-adm-" + a.tag;
        learner = "rule-lrn-" + a.tag;
        provisioning.ensure(otherManager, "Rule Manager B", "long-enough-pw", EnumSet.of(Role.COHORT_MANAGER));
        provisioning.ensure(instructor, "Rule Instructor", "long-enough-pw", EnumSet.of(Role.INSTRUCTOR));
        provisioning.ensure(admin, "Rule Admin", "long-enough-pw", EnumSet.of(Role.ADMIN));
        provisioning.ensure(learner, "Rule Learner", "long-enough-pw", EnumSet.of(Role.LEARNER));
        SignedIn.as(otherManager, Role.COHORT_MANAGER);
        cohortB = cohorts.create(new CohortDetails("Cohort B " + a.tag, LocalDate.of(2026, 2, 2),
                LocalDate.of(2026, 6, 26), Set.of(a.courseId))).id();
        SignedIn.nobody();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void everyCohortRuleIsDescribedAndEveryMethodTakingACohortHasOne() {
        Set<String> unknownRules = new TreeSet<>();
        Set<String> roleOnly = new TreeSet<>();
        for (Method m : guardedComponentMethods()) {
            String rule = rule(m);
            if (rule.contains("@cohortAccess")) {
                if (!RULES.containsKey(rule)) {
                    unknownRules.add(name(m) + ": " + rule);
                }
                for (String p : cohortParameters(rule)) {
                    assertThat(Arrays.stream(m.getParameters()).map(Parameter::getName))
                            .as("%s names #%s in its rule", name(m), p).contains(p);
                }
            } else if (Arrays.stream(m.getParameters()).anyMatch(p -> p.getName().endsWith("ohortId"))) {
                roleOnly.add(name(m) + ": " + rule);
            }
        }
        assertThat(unknownRules).as("cohort rules this test does not describe yet (add them to RULES)").isEmpty();
        assertThat(roleOnly).as("methods on a cohort guarded by role alone: any manager would reach any cohort")
                .isEmpty();
        assertThat(calls()).as("cohort-guarded calls found").hasSizeGreaterThan(20);
    }

    Stream<Arguments> calls() {
        List<Arguments> calls = new ArrayList<>();
        for (Method m : guardedComponentMethods()) {
            String rule = rule(m);
            if (!RULES.containsKey(rule)) {
                continue;
            }
            for (Caller caller : Caller.values()) {
                calls.add(Arguments.of(name(m), caller, m, "every cohort A"));
            }
            // the own manager, with one of the cohorts someone else's: refused however the others are
            List<String> params = cohortParameters(rule);
            if (params.size() > 1) {
                for (String p : params) {
                    calls.add(Arguments.of(name(m), Caller.OWN_MANAGER, m, p + " B, the others A"));
                }
            }
        }
        return calls.stream();
    }

    @ParameterizedTest(name = "{0} as {1}, {3}")
    @MethodSource("calls")
    void eachCallerActsOnTheCohortsTheRuleGivesThemAndNoOthers(String name, Caller caller, Method method,
                                                              String cohortsCase) throws Exception {
        List<String> params = cohortParameters(rule(method));
        boolean oneIsAnothers = !cohortsCase.equals("every cohort A");
        boolean allowed = RULES.get(rule(method)).contains(caller) && !oneIsAnothers;
        Object bean = context.getBean(method.getDeclaringClass());
        Object[] arguments = arguments(method, params, oneIsAnothers ? cohortsCase.split(" ")[0] : null);

        signIn(caller);
        Throwable thrown = call(bean, method, arguments);
        if (allowed) {
            assertThat(thrown instanceof AccessDeniedException).as("%s as %s (%s) must be let through, but: %s",
                    name, caller, cohortsCase, thrown).isFalse();
        } else {
            assertThat(thrown).as("%s as %s (%s) must be refused", name, caller, cohortsCase)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    Stream<Arguments> ruledMethods() {
        return guardedComponentMethods().stream().filter(m -> RULES.containsKey(rule(m)))
                .map(m -> Arguments.of(name(m), m));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruledMethods")
    void theOtherManagerIsLetThroughOnTheirOwnCohort(String name, Method method) throws Exception {
        // the mirror image of the refusal on cohort A: B acts on B, so what refused B was the cohort
        Object bean = context.getBean(method.getDeclaringClass());
        Object[] arguments = arguments(method, cohortParameters(rule(method)), null);
        for (int i = 0; i < arguments.length; i++) {
            if (Long.valueOf(cohortA).equals(arguments[i]) || Long.valueOf(cohortA2).equals(arguments[i])) {
                arguments[i] = cohortB;
            }
        }
        signIn(Caller.OTHER_MANAGER);
        Throwable thrown = call(bean, method, arguments);
        assertThat(thrown instanceof AccessDeniedException).as("%s as the manager of cohort B, on B: %s", name, thrown)
                .isFalse();
    }

    private static Throwable call(Object bean, Method method, Object[] arguments) throws IllegalAccessException {
        try {
            method.invoke(bean, arguments);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        }
    }

    private void signIn(Caller caller) {
        switch (caller) {
            case OWN_MANAGER -> SignedIn.as(ownManager, Role.COHORT_MANAGER);
            case OTHER_MANAGER -> SignedIn.as(otherManager, Role.COHORT_MANAGER);
            case INSTRUCTOR -> SignedIn.as(instructor, Role.INSTRUCTOR);
            case ADMIN -> SignedIn.as(admin, Role.ADMIN);
            case LEARNER -> SignedIn.as(learner, Role.LEARNER);
        }
    }

    /**
     * Cohort A for the rule's cohort parameters (A2 for a second one, so a move stays within the own
     * manager's cohorts), cohort B for {@code others}; harmless values for the rest (ids that find
     * nothing, empty texts), so a call let through changes nothing.
     */
    private Object[] arguments(Method m, List<String> cohortParams, String others) {
        Parameter[] parameters = m.getParameters();
        Object[] values = new Object[parameters.length];
        int cohortsGiven = 0;
        for (int i = 0; i < parameters.length; i++) {
            Class<?> t = parameters[i].getType();
            String n = parameters[i].getName();
            if (cohortParams.contains(n)) {
                values[i] = n.equals(others) ? cohortB : cohortsGiven++ == 0 ? cohortA : cohortA2;
            } else if (t == long.class) {
                values[i] = 0L;
            } else if (t == int.class) {
                values[i] = 0;
            } else if (t == boolean.class) {
                values[i] = false;
            } else if (t == double.class) {
                values[i] = 0.0;
            } else if (t == String.class) {
                values[i] = "";
            } else if (t == Locale.class) {
                values[i] = Locale.ENGLISH;
            } else if (List.class.isAssignableFrom(t) || t == Collection.class) {
                values[i] = List.of();
            } else if (Set.class.isAssignableFrom(t)) {
                values[i] = Set.of();
            } else if (Map.class.isAssignableFrom(t)) {
                values[i] = Map.of();
            }
        }
        return values;
    }

    private static List<String> cohortParameters(String rule) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PARAMETER.matcher(rule);
        while (m.find()) {
            names.add(m.group(1));
        }
        return List.copyOf(names);
    }

    /** The guard that applies to the method: its own, or its class's. */
    private static String rule(Method m) {
        PreAuthorize own = AnnotatedElementUtils.findMergedAnnotation(m, PreAuthorize.class);
        if (own != null) {
            return own.value();
        }
        PreAuthorize ofClass = AnnotatedElementUtils.findMergedAnnotation(m.getDeclaringClass(), PreAuthorize.class);
        return ofClass == null ? "" : ofClass.value();
    }

    private static String name(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName() + Arrays.stream(m.getParameterTypes())
                .map(Class::getSimpleName).collect(java.util.stream.Collectors.joining(", ", "(", ")"));
    }

    /** The public methods of the core's components (services included) that carry a guard. */
    private static List<Method> guardedComponentMethods() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<Method> methods = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.tnracademy.core")) {
            Class<?> type;
            try {
                type = Class.forName(candidate.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
                        && !m.isBridge() && !rule(m).isEmpty()) {
                    methods.add(m);
                }
            }
        }
        methods.sort((a, b) -> name(a).compareTo(name(b)));
        return methods;
    }
}
